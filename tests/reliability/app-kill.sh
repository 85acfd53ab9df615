#!/usr/bin/env bash
# The real app, killed with -9 in the middle of a workshop while the facilitator types notes
# in a stage, under a real X server. After the kill the library must be intact, and the
# workshop, its current stage and the last note the app had saved must all be there.
set -euo pipefail
app=$1
work=$(mktemp -d)
export XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
library="$work/library.sqlite"
fail() { echo "FAIL: $*" >&2; exit 1; }
# Waits (up to 30 s) until the SQL query on the library prints the expected text.
await() {
  for _ in $(seq 300); do
    [ "$(sqlite3 "$library" "$1" 2>/dev/null)" = "$2" ] && return 0
    sleep 0.1
  done
  fail "waited for '$1' to give '$2', got '$(sqlite3 "$library" "$1" 2>&1)'"
}

# The example and its revisit; the revisit, changed last, heads the library.
id=$("$app" --database "$library" --example | tail -n 1)

# Xvfb has no window manager: the main window sits at 0,0 and focus follows the mouse.
display=:$((90 + RANDOM % 800))
Xvfb "$display" -screen 0 1920x1080x24 -noreset >/dev/null 2>&1 &
xvfb=$!
app_pid=
cleanup() {
  [ -n "$app_pid" ] && kill -9 "$app_pid" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export DISPLAY=$display
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

"$app" --database "$library" >/dev/null 2>&1 &
app_pid=$!
for _ in $(seq 300); do
  window=$(xdotool search --onlyvisible --name '^Lodestar$' 2>/dev/null | sed -n 1p) && [ -n "$window" ] && break
  sleep 0.1
done
[ -n "${window:-}" ] || fail "the main window did not appear"
xdotool windowsize "$window" 1400 880
sleep 0.5
xdotool windowfocus --sync "$window"
# The example's revisit is in the first row of the library (below the "On this laptop /
# Team" tabs, the title, the buttons and the column headers): open it.
xdotool mousemove 200 229 click --repeat 2 --delay 80 1
sleep 1
xdotool windowfocus --sync "$window"
# Move back one stage (the revisit ends at converge): the move is saved at once.
xdotool key ctrl+Prior
await "SELECT current_stage FROM workshop WHERE id = $id" draft.decide
# Type into the notes panel (bottom right); notes are saved as they are typed.
xdotool mousemove 1300 700 click 1
xdotool type --delay 40 "typed before the crash"
await "SELECT notes FROM stage_state WHERE workshop_id = $id AND stage_key = 'draft.decide'" \
  "typed before the crash"
kill -9 "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=

[ "$(sqlite3 "$library" 'PRAGMA integrity_check')" = ok ] || fail "integrity_check"
stage=$("$app" --database "$library" --list | awk -F'\t' -v id="$id" '$1 == id {print $5}')
[ "$stage" = draft.decide ] || fail "current stage after the kill is '$stage', expected draft.decide"
notes=$(sqlite3 "$library" "SELECT notes FROM stage_state WHERE workshop_id = $id AND stage_key = 'draft.decide'")
case "$notes" in
  *"typed before the crash") ;;
  *) fail "notes after the kill: '$notes'" ;;
esac
echo "app kill: the workshop, its stage (draft.decide) and the notes typed before the kill survived"
