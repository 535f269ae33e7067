#!/bin/sh
# Installs Jiedu for the current user: the binary in ~/.local/bin, the menu entry and the icon.
# Run it from the unpacked release folder. Nothing outside your home folder is touched.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$HOME/.local/bin" "$HOME/.local/share/applications" \
  "$HOME/.local/share/icons/hicolor/512x512/apps"
install -m 755 "$here/jiedu" "$HOME/.local/bin/jiedu"
install -m 644 "$here/jiedu.desktop" "$HOME/.local/share/applications/jiedu.desktop"
install -m 644 "$here/jiedu.png" "$HOME/.local/share/icons/hicolor/512x512/apps/jiedu.png"
echo "Installed. Jiedu (解读) is in your applications menu; or run ~/.local/bin/jiedu"
