#!/usr/bin/env bash
# --export and --import end to end, with no display at all: every format of the example
# workshop, a JSON round trip into a second library, and refusals that exit non-zero with a
# message and leave both libraries as they were.
set -euo pipefail
app=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM DISPLAY WAYLAND_DISPLAY
fail() { echo "FAIL: $*" >&2; exit 1; }
# The PDF checks need poppler-utils: fail (never pass by checking nothing) when it is missing.
for tool in pdfinfo pdftotext; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (poppler-utils; installer/install-deps.sh)"
done
refused() { # refused <what> <expected message part> <command...>
  local what=$1 part=$2; shift 2
  if "$@" >"$work/out" 2>"$work/err"; then fail "$what was accepted"; fi
  grep -qi -- "$part" "$work/err" || fail "$what: message '$(cat "$work/err")' lacks '$part'"
}

library="$work/library.sqlite"
ids=$("$app" --database "$library" --example) # the example, then its revisit
id=${ids%%$'\n'*} # (not "| head": under pipefail its early exit could end the app with SIGPIPE)
north_star="Weekly cooked meals per active household"

"$app" --database "$library" --export pdf --workshop "$id" --output "$work/report.pdf" \
  --page-size letter || fail "--export pdf"
pdfinfo "$work/report.pdf" | grep "612 x 792" >/dev/null || fail "letter page size"
pdftotext "$work/report.pdf" - | tr -s ' \n' ' ' | grep "$north_star" >/dev/null || fail "pdf text"
"$app" --database "$library" --export pdf --workshop "$id" --output "$work/a4.pdf" --page-size a4
pdfinfo "$work/a4.pdf" | grep "595.* x 84[12]" >/dev/null || fail "a4 page size"
"$app" --database "$library" --export md --workshop "$id" --output "$work/report.md"
grep -q "$north_star" "$work/report.md" || fail "markdown has the North Star"
grep -q "^## Check-ins$" "$work/report.md" || fail "markdown has the check-ins"
"$app" --database "$library" --export csv --workshop "$id" --output "$work/candidates.csv"
[ "$(wc -l < "$work/candidates.csv")" -gt 3 ] || fail "csv rows"
"$app" --database "$library" --export json --workshop "$id" --output "$work/workshop.json"
grep -q '"checkIns"' "$work/workshop.json" || fail "json has the check-ins"

other="$work/other.sqlite"
new_id=$("$app" --database "$other" --import "$work/workshop.json") || fail "--import"
[[ "$new_id" =~ ^[0-9]+$ ]] || fail "--import printed '$new_id'"
"$app" --database "$other" --list | grep "$north_star" >/dev/null || fail "imported North Star"
"$app" --database "$other" --export md --workshop "$new_id" --output "$work/again.md"
# The same workshop, as a reader sees it (the unit tests compare it field by field).
diff <(grep -v xported "$work/report.md") <(grep -v xported "$work/again.md") >&2 ||
  fail "a JSON round trip changed the report"

before=$(sha256sum "$other" | cut -d' ' -f1)
printf '{"format":"lodestar-workshop","version":99}' > "$work/future.json"
refused "a future version" "version" "$app" --database "$other" --import "$work/future.json"
head -c 200 "$work/workshop.json" > "$work/truncated.json"
refused "a truncated file" "truncated.json" "$app" --database "$other" --import "$work/truncated.json"
refused "a missing file" "nowhere.json" "$app" --database "$other" --import "$work/nowhere.json"
[ "$(sha256sum "$other" | cut -d' ' -f1)" = "$before" ] || fail "a refused import changed the library"
[ "$("$app" --database "$other" --list | wc -l)" = 1 ] || fail "a refused import added a workshop"

refused "an unknown format" "pdf, md, csv or json" \
  "$app" --database "$library" --export docx --workshop "$id" --output "$work/x.docx"
refused "a missing workshop" "99999" \
  "$app" --database "$library" --export pdf --workshop 99999 --output "$work/x.pdf"
refused "no --output" "--output" "$app" --database "$library" --export md --workshop "$id"
refused "no --workshop" "--workshop" "$app" --database "$library" --export md --output "$work/x.md"
refused "a bad page size" "a4 or letter" "$app" --database "$library" --export pdf \
  --workshop "$id" --output "$work/x.pdf" --page-size legal
refused "an unwritable place" "x.md" "$app" --database "$library" --export md \
  --workshop "$id" --output "$work/no/such/folder/x.md"
[ ! -e "$work/x.pdf" ] && [ ! -e "$work/x.md" ] || fail "a refused export left a file"

# Issue 14.2: a device, a named pipe or a link to a device is refused with exit 3, and
# stays what it was.
exits() { # exits <code> <what> <expected message part> <command...>
  local code=$1 what=$2 part=$3 status=0; shift 3
  "$@" >"$work/out" 2>"$work/err" || status=$?
  [ "$status" = "$code" ] || fail "$what: exit $status, not $code ($(cat "$work/err"))"
  grep -qi -- "$part" "$work/err" || fail "$what: message '$(cat "$work/err")' lacks '$part'"
}
for format in pdf md csv json; do
  if [ -c /dev/full ]; then
    exits 3 "$format onto /dev/full" "a device" \
      "$app" --database "$library" --export "$format" --workshop "$id" --output /dev/full
    [ -c /dev/full ] || fail "/dev/full is no longer a device"
    ln -sf /dev/full "$work/to-device"
    exits 3 "$format onto a link to /dev/full" "a device" \
      "$app" --database "$library" --export "$format" --workshop "$id" --output "$work/to-device"
    [ -L "$work/to-device" ] || fail "the link to /dev/full was replaced"
  fi
  mkfifo "$work/pipe"
  exits 3 "$format onto a FIFO" "named pipe" \
    "$app" --database "$library" --export "$format" --workshop "$id" --output "$work/pipe"
  [ -p "$work/pipe" ] || fail "the FIFO was replaced"
  rm "$work/pipe"
done

# Issue 14.3: commands that only read create and change nothing.
: > "$work/empty.sqlite"
[ -z "$("$app" --database "$work/empty.sqlite" --list)" ] || fail "a zero-byte file lists workshops"
[ ! -s "$work/empty.sqlite" ] || fail "--list turned a zero-byte file into a library"
exits 2 "--list on a missing folder" "There is no library" \
  "$app" --list --database "$work/nonexist/dir/lib.sqlite"
[ ! -e "$work/nonexist" ] || fail "--list created the folders of a missing library"
before=$(sha256sum "$library" | cut -d' ' -f1)
"$app" --database "$library" --list > /dev/null
"$app" --database "$library" --export csv --workshop "$id" --output "$work/again.csv"
[ "$(sha256sum "$library" | cut -d' ' -f1)" = "$before" ] || fail "a read-only command changed the library"
[ ! -e "$library.lock" ] && [ ! -e "$library-wal" ] || fail "a read-only command left files beside the library"

# Issue 14.1, as reported: CSV and Markdown onto a full disk keep the old file (root only).
if [ "$(id -u)" = 0 ] && mkdir -p "$work/full" &&
   mount -t tmpfs -o size=256k lodestar-test "$work/full" 2>/dev/null; then
  trap 'umount "$work/full" 2>/dev/null || true; rm -rf "$work"' EXIT
  for format in csv md pdf json; do
    printf 'old %s\n' "$format" > "$work/full/old.$format"
  done
  dd if=/dev/zero of="$work/full/filler" bs=4k 2>/dev/null || true
  for format in csv md pdf json; do
    exits 3 "$format onto a full disk" "disk is full" \
      "$app" --database "$library" --export "$format" --workshop "$id" --output "$work/full/old.$format"
    [ "$(cat "$work/full/old.$format")" = "old $format" ] || fail "$format: the old file changed"
  done
  [ "$(ls -A "$work/full" | wc -l)" = 5 ] || fail "a failed export left a file: $(ls -A "$work/full")"
  umount "$work/full"
else
  echo "cli export: full-disk checks skipped (mounting a tmpfs needs root)"
fi
echo "cli export: ok"
