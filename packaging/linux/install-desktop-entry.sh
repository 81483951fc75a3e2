#!/bin/sh
# Add Backprop Studio to this user's applications menu (no root needed): the desktop entry pointing at
# this folder, the icon, and the file types it opens (sessions, weights, CSV). Run it again after
# moving the folder; `./install-desktop-entry.sh --remove` takes it all out again.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
name=backprop-studio

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$data/mime"; fi
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database "$data/applications"; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$data/icons/hicolor" || true; fi
}

if [ "${1:-}" = "--remove" ]; then
    rm -f "$data/applications/$name.desktop" "$data/mime/packages/$name.xml"
    find "$data/icons/hicolor" -name "$name.png" -o -name "$name.svg" 2>/dev/null | while read -r f; do rm -f "$f"; done
    refresh
    echo "Backprop Studio removed from the applications menu."
    exit 0
fi

mkdir -p "$data/applications" "$data/mime/packages"
# Exec and TryExec point at this folder; the path is quoted as the desktop entry spec asks
escaped=$(printf '%s' "$here/$name" | sed -e 's/[\\"`$]/\\\\&/g' -e 's/[&|]/\\&/g')
sed -e "s|^Exec=$name |Exec=\"$escaped\" |" -e "s|^TryExec=.*|TryExec=$escaped|" \
    "$here/share/applications/$name.desktop" > "$data/applications/$name.desktop"
cp "$here/share/mime/packages/$name.xml" "$data/mime/packages/$name.xml"
(cd "$here/share" && find icons -type f) | while read -r f; do
    mkdir -p "$data/$(dirname "$f")"
    cp "$here/share/$f" "$data/$f"
done
refresh
echo "Backprop Studio is in the applications menu; sessions, weights and CSV files open with it."
