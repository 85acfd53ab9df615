#!/usr/bin/env bash
# Takes the AppStream screenshots (installer/screenshots/appstream/*.png) of a built
# lodestar under Xvfb, with the example workshop in a throw-away library:
#
#   installer/screenshots/take-appstream-screenshots.sh path/to/lodestar
#
# Needs xvfb-run, xdotool and ImageMagick's import (installer/install-deps.sh has them).
set -euo pipefail

if [ "${1:-}" != --inside-xvfb ]; then
    [ $# -eq 1 ] || {
        sed -n '2,7p' "$0" >&2
        exit 2
    }
    exec xvfb-run -a -s '-screen 0 1920x1080x24 -noreset' "$0" --inside-xvfb "$(realpath "$1")"
fi
lodestar=$2
out=$(dirname "$(realpath "$0")")/appstream
work=$(mktemp -d)
trap 'kill "${pid:-}" 2>/dev/null; rm -rf "$work"' EXIT
mkdir -m 700 "$work/runtime"
export HOME="$work" XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/config"
export XDG_DATA_HOME="$work/data"
unset QT_QPA_PLATFORM

"$lodestar" --database "$work/library.sqlite" --example >/dev/null
"$lodestar" --database "$work/library.sqlite" &
pid=$!
window=$(xdotool search --sync --onlyvisible --pid "$pid" | head -n 1)
xdotool windowsize "$window" 1400 880
xdotool windowfocus --sync "$window"
sleep 2
import -window "$window" "$out/library.png"

# A product's history: group by product, open the first (the example's) product.
xdotool key ctrl+g
sleep 1
xdotool key Return
sleep 2
import -window "$window" "$out/history.png"
xdotool key alt+Left ctrl+g
sleep 1

# Open the example's first workshop, the one the room ran: double-click the second row of
# the library (the revisit is newer; screen coordinates, Xvfb has no window decorations).
xdotool mousemove 200 262 click --repeat 2 --delay 80 1
sleep 2
import -window "$window" "$out/workshop.png"
echo "wrote $out/library.png, $out/history.png and $out/workshop.png"
