#!/usr/bin/env bash
# The lodestar command line end to end: --version, --example, --list, --smoke under a real
# X server (xvfb-run), and a refused library file that must stay byte-identical.
set -euo pipefail
app=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
fail() { echo "FAIL: $*" >&2; exit 1; }

"$app" --version | grep -E '^Lodestar [0-9]+\.[0-9]+\.[0-9]+$' >/dev/null || fail "--version"
"$app" --help | grep -- '--database' >/dev/null || fail "--help lists --database"
# A mistyped option is explained, even with no display at all.
if env -u DISPLAY -u WAYLAND_DISPLAY "$app" --bogus 2>"$work/bogus.err"; then fail "--bogus accepted"; fi
grep -q "bogus" "$work/bogus.err" || fail "--bogus message: $(cat "$work/bogus.err")"

library="$work/library.sqlite"
# --example creates the example and its revisit: two ids, one per line, oldest first.
ids=$("$app" --database "$library" --example)
[ "$(printf '%s\n' "$ids" | wc -l)" = 2 ] || fail "--example printed '$ids', not two lines"
id=$(printf '%s\n' "$ids" | sed -n 1p)
revisit=$(printf '%s\n' "$ids" | sed -n 2p)
[[ "$id" =~ ^[0-9]+$ && "$revisit" =~ ^[0-9]+$ ]] || fail "--example printed '$ids'"
[ "$id" -lt "$revisit" ] || fail "--example: the oldest first ('$ids')"
line=$("$app" --database "$library" --list)
[ "$(printf '%s\n' "$line" | awk -F'\t' '{print NF}' | sort -u)" = 6 ] || fail "--list has 6 columns: $line"
[ "$(printf '%s\n' "$line" | wc -l)" = 2 ] || fail "--list shows both example workshops: $line"
printf '%s\n' "$line" | grep "Weekly cooked meals per active household" >/dev/null || fail "--list shows the North Star"

xvfb=(xvfb-run -a -s '-screen 0 1920x1080x24 -noreset')
# --smoke and --grab only read: the library file is byte-identical after them, with nothing
# left beside it (issue 14.3); the library was closed cleanly by --list, so it is whole.
library_hash=$(sha256sum "$library" | cut -d' ' -f1)
beside=$(ls "$work" | grep '^library')
ms=$("${xvfb[@]}" "$app" --database "$library" --smoke 2>"$work/smoke.err") || {
  cat "$work/smoke.err" >&2; fail "--smoke exited non-zero"; }
[[ "$ms" =~ ^[0-9]+$ ]] || fail "--smoke printed '$ms'"
echo "first frame after ${ms} ms"

"$app" --database "$library" --grab "$work/grab" --workshop "$id" > "$work/grab.txt" || fail "--grab"
[ "$(ls "$work/grab"/console-*.png | wc -l)" = 10 ] || fail "--grab console images"
[ "$(ls "$work/grab"/projector-[0-9]*.png | wc -l)" = 10 ] || fail "--grab projector images"
[ "$(ls "$work/grab"/projector-light-*.png | wc -l)" = 10 ] || fail "--grab light projector images"
[ "$(ls "$work/grab"/projector-examples-*.png | wc -l)" = 2 ] || fail "--grab cheat-sheet images"
# Every projector screen of the full example fits a 1920×1080 projector: a view that needs
# more would grow the window past the screen and lose its bottom edge in the room.
for image in "$work/grab"/projector-*.png; do
  size=$(identify -format '%wx%h' "$image")
  [ "$size" = 1920x1080 ] || fail "$(basename "$image") is $size, not 1920x1080"
done
if "$app" --database "$library" --grab "$work/grab2" 2>/dev/null; then fail "--grab without --workshop"; fi
# --screen sizes both windows (issue 13): every picture at 1280×800; a size out of range is
# refused (exit 1) before anything is drawn.
"$app" --database "$library" --grab "$work/grab800" --workshop "$id" --screen 1280x800 >/dev/null ||
  fail "--grab --screen 1280x800"
for image in "$work/grab800"/projector-[0-9]*.png "$work/grab800"/console-*.png; do
  size=$(identify -format '%wx%h' "$image")
  [ "$size" = 1280x800 ] || fail "--screen 1280x800: $(basename "$image") is $size"
done
status=0
"$app" --database "$library" --grab "$work/grab-tiny" --workshop "$id" --screen 320x200 \
  2>"$work/screen.err" || status=$?
[ "$status" = 1 ] || fail "--screen 320x200 exited $status"
grep -q "640x480" "$work/screen.err" || fail "--screen 320x200 said: $(cat "$work/screen.err")"
[ ! -e "$work/grab-tiny" ] || fail "a refused --screen left a folder"
[ "$(sha256sum "$library" | cut -d' ' -f1)" = "$library_hash" ] || fail "--smoke or --grab changed the library"
[ "$(ls "$work" | grep '^library')" = "$beside" ] ||
  fail "--smoke or --grab left files beside the library: $(ls "$work" | grep '^library')"
# Neither creates a library where there is none.
if "${xvfb[@]}" "$app" --database "$work/none/lib.sqlite" --smoke 2>/dev/null; then
  fail "--smoke on a missing library"
fi
if "$app" --database "$work/none/lib.sqlite" --grab "$work/grab3" --workshop 1 2>/dev/null; then
  fail "--grab on a missing library"
fi
[ ! -e "$work/none" ] || fail "--smoke or --grab created a folder for a library"
# A grab onto a named pipe is refused like an export (exit 3, a plain message), pipe kept.
mkfifo "$work/pipe"
status=0
"$app" --database "$library" --grab "$work/pipe" --workshop "$id" 2>"$work/grab.err" || status=$?
[ "$status" = 3 ] || fail "--grab onto a named pipe exited $status"
grep -q "named pipe" "$work/grab.err" || fail "--grab onto a pipe said: $(cat "$work/grab.err")"
[ -p "$work/pipe" ] || fail "--grab replaced the named pipe"

echo "meeting notes, not a database" > "$work/notes.sqlite"
before=$(sha256sum "$work/notes.sqlite")
if "${xvfb[@]}" "$app" --database "$work/notes.sqlite" --smoke 2>"$work/refused.err"; then
  fail "--smoke on a non-library should fail"
fi
grep -q "not a Lodestar library" "$work/refused.err" || fail "refusal message: $(cat "$work/refused.err")"
[ "$(sha256sum "$work/notes.sqlite")" = "$before" ] || fail "refused file was changed"
if "$app" --database "$work/notes.sqlite" --list 2>/dev/null; then fail "--list on a non-library"; fi
echo "cli smoke: all checks passed"
