#!/usr/bin/env bash
# Installs the Debian packages Lodestar needs to build, run and test.
# Idempotent: asks apt only for what is missing, and does nothing when all is there.
# Uses sudo when not run as root. The list matches DEVELOPERS.md.
set -euo pipefail

packages=(
  build-essential cmake ninja-build git pkg-config lld
  qt6-base-dev libqt6sql6-sqlite libsqlite3-dev qt6-qpa-plugins qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-multimedia-dev
  fonts-inter fonts-noto-cjk fonts-noto-color-emoji fonts-symbola libgl-dev libxkbcommon-dev
  xvfb xauth x11-utils xdotool imagemagick poppler-utils qpdf sqlite3
  desktop-file-utils appstream lintian dpkg-dev fakeroot file
  clang libclang-rt-14-dev
  qt6-httpserver-dev qt6-websockets-dev libqrencode-dev
  chromium chromium-driver python3-selenium
  postgresql-15 libqt6sql6-psql qtkeychain-qt6-dev openssl
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || {
    echo "install-deps: not root and no sudo; please install: ${missing[*]}" >&2
    exit 1
  }
  sudo_cmd=(sudo)
fi

echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
