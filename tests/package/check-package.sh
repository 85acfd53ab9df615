#!/usr/bin/env bash
# Builds Lodestar's Debian package from a hardened release build and checks it the way a
# user's system would see it. Run by ctest (label "package"), or by hand:
#
#   tests/package/check-package.sh SOURCE_DIR PACKAGE_BUILD_DIR CHECK...
#
# CHECK is one or more of: build contents lintian desktop appstream hardening apt run,
# or "all". "build" configures PACKAGE_BUILD_DIR with the release preset (reused, so
# later runs are incremental), builds with two jobs and runs cpack; the other checks
# take the newest .deb from PACKAGE_BUILD_DIR/packages and unpack it into a temporary
# directory of their own. Each check prints PASS or FAIL with the reason.
set -uo pipefail

if [ $# -lt 3 ]; then
    sed -n '2,12p' "$0" >&2
    exit 2
fi
source_dir=$(realpath "$1")
package_dir=$(realpath -m "$2")
shift 2
checks=("$@")
[ "${checks[*]}" = all ] && checks=(build contents lintian desktop appstream hardening apt run)

app_id=io.github.lodestar.Lodestar
jobs=${LODESTAR_PACKAGE_JOBS:-2}
work=$(mktemp -d "${TMPDIR:-/tmp}/lodestar-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

failures=0
problem() {
    echo "  problem: $*"
    check_ok=false
}

newest_deb() {
    ls -t "$package_dir"/packages/lodestar_*.deb 2>/dev/null | sed -n 1p
}

# Unpacks the package once per run into $root.
root=
unpack() {
    [ -n "$root" ] && return 0
    deb=$(newest_deb)
    if [ -z "$deb" ]; then
        problem "no lodestar_*.deb in $package_dir/packages: run the build check first"
        return 1
    fi
    root="$work/root"
    mkdir -p "$root"
    dpkg-deb -x "$deb" "$root" || {
        problem "dpkg-deb -x $deb failed"
        return 1
    }
}

check_build() {
    cmake -S "$source_dir" --preset release -B "$package_dir" >"$work/configure.log" 2>&1 || {
        tail -n 30 "$work/configure.log"
        problem "configure failed"
        return
    }
    cmake --build "$package_dir" --parallel "$jobs" >"$work/build.log" 2>&1 || {
        tail -n 40 "$work/build.log"
        problem "build failed"
        return
    }
    rm -f "$package_dir"/packages/lodestar_*.deb "$package_dir"/packages/lodestar-*.tar.gz
    (cd "$package_dir" && cpack) >"$work/cpack.log" 2>&1 || {
        cat "$work/cpack.log"
        problem "cpack failed"
        return
    }
    grep 'package: .* generated' "$work/cpack.log" | sed 's/^CPack: - /  /'
    [ -n "$(newest_deb)" ] || problem "cpack made no .deb"
    ls "$package_dir"/packages/lodestar-*.tar.gz >/dev/null 2>&1 || problem "cpack made no .tar.gz"
}

check_contents() {
    unpack || return
    local expected=(
        usr/bin/lodestar
        "usr/share/applications/$app_id.desktop"
        "usr/share/metainfo/$app_id.metainfo.xml"
        "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
        usr/share/man/man1/lodestar.1.gz
        usr/share/doc/lodestar/copyright
        usr/share/doc/lodestar/changelog.Debian.gz
        usr/share/doc/lodestar/team-library.sql
    )
    for size in 16 22 24 32 48 64 128 256; do
        expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
    done
    for f in "${expected[@]}"; do
        [ -f "$root/$f" ] || problem "missing /$f"
    done
    for size in 16 22 24 32 48 64 128 256; do
        local png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
        [ -f "$png" ] || continue
        local geometry
        geometry=$(identify -format '%wx%h' "$png" 2>/dev/null)
        [ "$geometry" = "${size}x${size}" ] || problem "/${png#"$root"/} is $geometry"
    done
    local deps
    deps=$(dpkg-deb -f "$(newest_deb)" Depends)
    echo "  Depends: $deps"
    # libqt6multimedia6 comes from dpkg-shlibdeps reading the chime's module.
    for dep in libqt6sql6-sqlite libqt6sql6-psql libqt6keychain1 libqt6svg6 qt6-qpa-plugins fonts-inter libqt6widgets6 libqt6multimedia6; do
        [[ ",$deps," == *[\ ,]"$dep"[\ ,\(]* ]] || problem "Depends lacks $dep"
    done
    # Fonts for CJK names and emoji: recommended, so apt installs them by default.
    local recommends
    recommends=$(dpkg-deb -f "$(newest_deb)" Recommends)
    echo "  Recommends: $recommends"
    for dep in fonts-noto-cjk fonts-noto-color-emoji fonts-symbola; do
        [[ ",$recommends," == *[\ ,]"$dep"[\ ,\(]* ]] || problem "Recommends lacks $dep"
    done
    check_chime_module
    # Debian wants the manual page and changelog gzipped without a timestamp.
    for gz in usr/share/man/man1/lodestar.1.gz usr/share/doc/lodestar/changelog.Debian.gz; do
        [ -f "$root/$gz" ] || continue
        [ "$(od -An -tu4 -j4 -N4 "$root/$gz" | tr -d ' ')" = 0 ] || problem "/$gz has a timestamp"
    done
}

# The chime's sound player is a module in a private library folder, loaded on the first
# chime (issue #16): the executable does not need Qt Multimedia, and looks for the module
# where the package puts it, relative to its own folder.
check_chime_module() {
    local modules module from_bin dynamic
    modules=$(cd "$root" && find usr/lib -name liblodestar_chime.so)
    [ -n "$modules" ] || problem "no liblodestar_chime.so under /usr/lib"
    for module in $modules; do
        echo "  chime module: /$module"
        from_bin=$(realpath -m --relative-to=/usr/bin "/$(dirname "$module")")
        grep -qaF "$from_bin" "$root/usr/bin/lodestar" ||
            problem "/usr/bin/lodestar does not look for its chime module in $from_bin"
        # Captured first: grep -q closing a pipe early would fail the pipeline (pipefail).
        dynamic=$(readelf -d "$root/$module")
        grep -q 'NEEDED.*libQt6Multimedia' <<<"$dynamic" ||
            problem "/$module does not need libQt6Multimedia"
    done
    dynamic=$(readelf -d "$root/usr/bin/lodestar")
    grep -q 'NEEDED.*libQt6Multimedia' <<<"$dynamic" && problem "/usr/bin/lodestar needs libQt6Multimedia"
}

check_lintian() {
    local deb
    deb=$(newest_deb)
    [ -n "$deb" ] || {
        problem "no .deb: run the build check first"
        return
    }
    lintian -I --pedantic "$deb" >"$work/lintian.log" 2>"$work/lintian.err"
    if [ -s "$work/lintian.log" ]; then
        sed 's/^/  /' "$work/lintian.log"
    else
        echo "  lintian -I --pedantic: no tags"
    fi
    grep -v 'running with root privileges' "$work/lintian.err" | sed 's/^/  stderr: /'
    grep -q '^[EWI]: ' "$work/lintian.log" && problem "lintian reported E, W or I tags"
    grep -q -v 'running with root privileges' "$work/lintian.err" && problem "lintian failed"
}

check_desktop() {
    unpack || return
    local desktop="$root/usr/share/applications/$app_id.desktop"
    desktop-file-validate "$desktop" || problem "desktop-file-validate failed"
    local exec icon
    exec=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    icon=$(sed -n 's/^Icon=//p' "$desktop")
    echo "  Exec=$exec Icon=$icon"
    [ -x "$root/usr/bin/$exec" ] || problem "Exec=$exec is not /usr/bin/$exec"
    [ "$icon" = "$app_id" ] || problem "Icon=$icon, expected $app_id"
}

check_appstream() {
    unpack || return
    local metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
    appstreamcli validate --no-net "$metainfo" || problem "appstreamcli validate failed"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
        problem "the launchable is not $app_id.desktop"
    # The project has no web host yet: each screenshot URL's path names a file under
    # installer/ in the source tree, which must exist.
    local url
    for url in $(sed -n 's|.*<image[^>]*>\(.*\)</image>.*|\1|p' "$metainfo"); do
        [ -f "$source_dir/installer/${url#*://*/}" ] ||
            problem "screenshot $url is not installer/${url#*://*/}"
        echo "  screenshot: installer/${url#*://*/}"
    done
}

check_hardening() {
    unpack || return
    local bin="$root/usr/bin/lodestar"
    [ -f "$bin" ] || {
        problem "no /usr/bin/lodestar"
        return
    }
    # Captured first: grep -q closing a pipe early would fail the pipeline (pipefail).
    local header segments dynamic sections symbols
    header=$(readelf -W -h "$bin")
    segments=$(readelf -W -l "$bin")
    dynamic=$(readelf -W -d "$bin")
    sections=$(readelf -W -S "$bin")
    symbols=$(readelf -W --dyn-syms "$bin")
    grep -q 'Type:.*DYN' <<<"$header" || problem "not a position-independent executable"
    grep -q GNU_RELRO <<<"$segments" || problem "no RELRO segment (-z relro)"
    grep -Eq 'BIND_NOW|FLAGS.*\bNOW\b' <<<"$dynamic" || problem "no BIND_NOW (-z now)"
    grep -q __stack_chk_fail <<<"$symbols" || problem "no stack protector"
    grep -q '\.comment' <<<"$sections" && problem "the .comment section is still there"
    grep -q '\.symtab' <<<"$sections" && problem "not stripped"
    # The flags themselves, on every compile and link of the package build.
    local commands="$package_dir/compile_commands.json"
    if [ -f "$commands" ]; then
        local count unhardened
        count=$(grep -c '"command":' "$commands")
        unhardened=$(grep '"command":' "$commands" |
            awk '!/-D_FORTIFY_SOURCE=2/ || !/-fstack-protector-strong/' | wc -l)
        echo "  $count compile commands, $unhardened without the hardening flags"
        [ "$unhardened" -eq 0 ] || problem "$unhardened compile commands are not hardened"
    else
        problem "no $commands"
    fi
    local fortified
    fortified=$(grep -o '__[a-z_]*_chk' <<<"$symbols" | grep -v '^__stack_chk$' | sort -u | tr '\n' ' ')
    echo "  fortified calls: ${fortified:-none}"
}

check_apt() {
    local deb
    deb=$(newest_deb)
    [ -n "$deb" ] || {
        problem "no .deb: run the build check first"
        return
    }
    # A simulation: proves apt can satisfy Depends here without installing anything.
    apt-get install --simulate --no-install-recommends "$deb" >"$work/apt.log" 2>&1
    grep -E '^(Inst|Conf) |^E: ' "$work/apt.log" | sed 's/^/  /'
    grep -q '^Inst lodestar ' "$work/apt.log" || problem "apt cannot install the package"
}

check_run() {
    unpack || return
    local bin="$root/usr/bin/lodestar"
    local home="$work/home"
    mkdir -p "$home" && mkdir -m 700 "$work/xdg-runtime"
    # Run as on a user's desktop, but in a throw-away home and runtime directory.
    local env=(env -u QT_QPA_PLATFORM HOME="$home" XDG_RUNTIME_DIR="$work/xdg-runtime"
        XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share"
        XDG_CACHE_HOME="$home/.cache")
    local library="$work/library.sqlite"
    local version expected
    expected=$(dpkg-deb -f "$(newest_deb)" Version)
    expected=${expected%-*}
    version=$("${env[@]}" "$bin" --version 2>&1)
    echo "  --version: $version"
    [[ "$version" == *"$expected"* ]] || problem "--version does not say $expected"

    local ids id
    ids=$("${env[@]}" "$bin" --database "$library" --example 2>&1)
    echo "  --example: $(printf '%s' "$ids" | tr '\n' ' ')"
    [ "$(printf '%s\n' "$ids" | wc -l)" = 2 ] || problem "--example did not print two ids"
    "${env[@]}" "$bin" --database "$library" --list >"$work/list.txt" 2>&1 ||
        problem "--list failed"
    for id in $ids; do
        grep -q "^$id	" "$work/list.txt" || problem "--list does not show workshop $id"
    done

    local smoke status
    smoke=$(timeout 120 xvfb-run -a -s '-screen 0 1920x1080x24 -noreset' \
        "${env[@]}" "$bin" --database "$library" --smoke 2>"$work/smoke.err")
    status=$?
    echo "  --smoke under Xvfb: exit $status, first frame after ${smoke:-?} ms"
    sed 's/^/  stderr: /' "$work/smoke.err"
    [ $status -eq 0 ] || problem "--smoke exited with $status"
}

for check in "${checks[@]}"; do
    if ! declare -F "check_$check" >/dev/null; then
        echo "unknown check: $check" >&2
        exit 2
    fi
    echo "== $check"
    check_ok=true
    "check_$check"
    if $check_ok; then
        echo "PASS: $check"
    else
        echo "FAIL: $check"
        failures=$((failures + 1))
    fi
done
exit $((failures > 0))
