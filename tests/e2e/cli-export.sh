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
refused() { # refused <what> <expected message part> <command...>
  local what=$1 part=$2; shift 2
  if "$@" >"$work/out" 2>"$work/err"; then fail "$what was accepted"; fi
  grep -qi -- "$part" "$work/err" || fail "$what: message '$(cat "$work/err")' lacks '$part'"
}

library="$work/library.sqlite"
id=$("$app" --database "$library" --example)
north_star="Weekly cooked meals per active household"

"$app" --database "$library" --export pdf --workshop "$id" --output "$work/report.pdf" \
  --page-size letter || fail "--export pdf"
pdfinfo "$work/report.pdf" | grep -q "612 x 792" || fail "letter page size"
pdftotext "$work/report.pdf" - | tr -s ' \n' ' ' | grep -q "$north_star" || fail "pdf text"
"$app" --database "$library" --export pdf --workshop "$id" --output "$work/a4.pdf" --page-size a4
pdfinfo "$work/a4.pdf" | grep -q "595.* x 84[12]" || fail "a4 page size"
"$app" --database "$library" --export md --workshop "$id" --output "$work/report.md"
grep -q "$north_star" "$work/report.md" || fail "markdown has the North Star"
"$app" --database "$library" --export csv --workshop "$id" --output "$work/candidates.csv"
[ "$(wc -l < "$work/candidates.csv")" -gt 3 ] || fail "csv rows"
"$app" --database "$library" --export json --workshop "$id" --output "$work/workshop.json"

other="$work/other.sqlite"
new_id=$("$app" --database "$other" --import "$work/workshop.json") || fail "--import"
[[ "$new_id" =~ ^[0-9]+$ ]] || fail "--import printed '$new_id'"
"$app" --database "$other" --list | grep -q "$north_star" || fail "imported North Star"
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
echo "cli export: ok"
