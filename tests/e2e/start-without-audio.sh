#!/usr/bin/env bash
# Issue #16: starting lodestar does not load Qt Multimedia or the audio libraries it brings
# (PulseAudio, codecs): the chime's player is a module (lodestar_chime) loaded on the first
# chime. The executable does not list Multimedia in its dynamic section, nothing it loads
# at start pulls in libpulse, and the module beside it is the one that needs them.
set -euo pipefail
app=$1
module=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

needed=$(readelf -d "$app" | grep NEEDED)
grep -q 'libQt6Multimedia' <<<"$needed" && fail "$app NEEDs libQt6Multimedia: $(grep Multimedia <<<"$needed")"
loaded=$(ldd "$app")
grep -q 'libpulse' <<<"$loaded" && fail "$app loads libpulse at start"
[ -f "$module" ] || fail "no chime module at $module"
readelf -d "$module" | grep NEEDED | grep -q 'libQt6Multimedia' || fail "$module does not need libQt6Multimedia"
[ "$(dirname "$(realpath "$module")")" = "$(dirname "$(realpath "$app")")" ] ||
    fail "the module is not beside the executable in the build tree"
echo "PASS: $(grep -c . <<<"$loaded") libraries at start, no Multimedia, no PulseAudio"
