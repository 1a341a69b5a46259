#!/usr/bin/env bash
# Install Sign-on for the current user (no root needed), or remove it again.
#
#   ./install.sh --user         install or update
#   ./install.sh --uninstall    remove the app (your campaigns stay)
#   ./install.sh --user --app DIR   install the app folder DIR (default: the
#                                   Sign-on folder beside this script, or
#                                   dist/Sign-on in a source checkout)
#
# What goes where (XDG_DATA_HOME defaults to ~/.local/share):
#   the app folder    $XDG_DATA_HOME/org.signon.SignOn/   (signon + _internal/)
#   the command       ~/.local/bin/signon -> that folder's signon
#   the menu entry    $XDG_DATA_HOME/applications/org.signon.SignOn.desktop
#   the icons         $XDG_DATA_HOME/icons/hicolor/<N>x<N>/apps/org.signon.SignOn.png
#                     and hicolor/scalable/apps/org.signon.SignOn.svg
#   software centres  $XDG_DATA_HOME/metainfo/org.signon.SignOn.metainfo.xml
# Your data (the database, backups) lives in $XDG_DATA_HOME/Sign-on and is
# never touched by this script.
set -euo pipefail
# Anything that fails without its own message still says what, in one line.
trap 'echo "install.sh: unexpected failure (line $LINENO: $BASH_COMMAND)" >&2' ERR

APP_ID=org.signon.SignOn
SIZES="16 32 48 64 128 256 512"

die() { echo "install.sh: $*" >&2; exit 1; }
usage() { sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; }

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mode=""
app_src=""
while [ $# -gt 0 ]; do
    case "$1" in
        --user) mode=install ;;
        --uninstall) mode=uninstall ;;
        --app) [ $# -ge 2 ] || die "--app needs a folder"; app_src=$2; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown option: $1" ;;
    esac
    shift
done
[ -n "$mode" ] || { usage >&2; exit 2; }
# Under sudo the files would land in your home folder owned by root.
[ "$(id -u)" -ne 0 ] || [ -z "${SUDO_USER:-}" ] \
    || die "run it without sudo: --user installs into your own home folder"
[ -n "${HOME:-}" ] || die "HOME is not set"

data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
dest=$data/$APP_ID
apps=$data/applications
icons=$data/icons/hicolor
metainfo=$data/metainfo

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$apps" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$icons" ]; then
        gtk-update-icon-cache -q -t -f "$icons" 2>/dev/null || true
    fi
}

is_our_app() {  # a folder this script installed: safe to replace or remove
    [ -x "$1/signon" ] && [ -d "$1/_internal" ]
}

if [ "$mode" = uninstall ]; then
    if [ -L "$bin/signon" ] && [ "$(readlink "$bin/signon")" = "$dest/signon" ]; then
        rm -f "$bin/signon"
    fi
    rm -f "$apps/$APP_ID.desktop" "$metainfo/$APP_ID.metainfo.xml" \
        "$icons/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do
        rm -f "$icons/${size}x${size}/apps/$APP_ID.png"
    done
    if [ -e "$dest" ]; then
        is_our_app "$dest" || die "$dest does not look like a Sign-on app folder; left alone"
        rm -rf "$dest"
    fi
    refresh_caches
    echo "Sign-on removed. Your campaigns and backups are still in $data/Sign-on."
    exit 0
fi

# --- install ---------------------------------------------------------------
if [ -z "$app_src" ]; then
    for candidate in "$here/Sign-on" "$here/../../dist/Sign-on"; do
        if is_our_app "$candidate"; then app_src=$candidate; break; fi
    done
    [ -n "$app_src" ] || die "no Sign-on app folder beside this script (build one with tools/build-app, or pass --app DIR)"
fi
is_our_app "$app_src" || die "$app_src is not a Sign-on app folder (no signon and _internal/)"
app_src=$(cd "$app_src" && pwd)
icon_src=""
for candidate in "$here/icons" "$here/../../resources/icons"; do
    if [ -f "$candidate/signon-48.png" ]; then icon_src=$candidate; break; fi
done
[ -n "$icon_src" ] || die "no icons beside this script (icons/signon-<N>.png)"
for file in "$here/$APP_ID.desktop" "$here/$APP_ID.metainfo.xml"; do
    [ -f "$file" ] || die "missing $file"
done
case "$dest" in
    *[\"\`\$\\]*) die "cannot write a menu entry for a path with \", \`, \$ or \\ in it: $dest" ;;
esac
[ "$app_src" != "$dest" ] || die "$app_src is already the installed copy"

# Copy beside the old version, then swap, so a failed copy leaves the old one.
mkdir -p "$data"
rm -rf "$dest.new"
cp -a "$app_src" "$dest.new"
if [ -e "$dest" ]; then
    is_our_app "$dest" || die "$dest exists and is not a Sign-on app folder; left alone"
    rm -rf "$dest"
fi
mv "$dest.new" "$dest"

mkdir -p "$bin"
if [ -e "$bin/signon" ] && [ ! -L "$bin/signon" ]; then
    echo "install.sh: $bin/signon exists and is not a link; left alone (run $dest/signon)" >&2
else
    ln -sfn "$dest/signon" "$bin/signon"
fi

# The menu entry runs the installed executable by its full path: ~/.local/bin
# is not on every desktop session's PATH.
mkdir -p "$apps"
sed -e "s|^Exec=.*|Exec=\"$dest/signon\"|" -e "s|^TryExec=.*|TryExec=$dest/signon|" \
    "$here/$APP_ID.desktop" >"$apps/$APP_ID.desktop"
chmod 644 "$apps/$APP_ID.desktop"

for size in $SIZES; do
    install -D -m 644 "$icon_src/signon-$size.png" "$icons/${size}x${size}/apps/$APP_ID.png"
done
install -D -m 644 "$icon_src/signon.svg" "$icons/scalable/apps/$APP_ID.svg"
install -D -m 644 "$here/$APP_ID.metainfo.xml" "$metainfo/$APP_ID.metainfo.xml"

refresh_caches

version=$("$dest/signon" --version 2>/dev/null || echo "signon (version unknown)")
echo "Installed $version into $dest"
echo "Start it from the applications menu (Sign-on), or run: signon"
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "Note: $bin is not on your PATH; add it, or run $dest/signon" ;;
esac
