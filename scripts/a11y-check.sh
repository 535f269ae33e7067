#!/usr/bin/env bash
# The screen-reader check of issue #19, from outside the app: Jiedu under Xvfb with the AT-SPI
# bus (the one Orca uses), read and driven by scripts/a11y/check.py (pyatspi, xdotool). Also
# measures idle CPU with and without a client listening to the app's events.
#
# Usage: dbus-run-session -- bash scripts/a11y-check.sh target/debug/jiedu
# Needs: xvfb at-spi2-core python3-pyatspi xdotool (apt).
set -euo pipefail
bin="$(realpath "${1:-target/debug/jiedu}")"
here="$(cd "$(dirname "$0")" && pwd)"
export DISPLAY=:96
Xvfb "$DISPLAY" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
bus=$!
app=""
cleanup() { kill ${app:+"$app"} "$bus" "$xvfb" 2>/dev/null || true; }
trap cleanup EXIT
sleep 1
# What a desktop does when a screen reader is on: AT-SPI enabled for every app.
dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
  org.freedesktop.DBus.Properties.Set string:org.a11y.Status string:IsEnabled \
  variant:boolean:true >/dev/null

home="$(mktemp -d)"
HOME="$home" "$bin" >/dev/null 2>&1 &
app=$!
window=""
for _ in $(seq 50); do
  window="$(xdotool search --pid "$app" 2>/dev/null | tail -1 || true)"
  [ -n "$window" ] && break
  sleep 0.2
done
[ -n "$window" ] || { echo "no window"; exit 1; }
sleep 3

# Idle CPU in clock ticks over 10 s, from /proc (user + system time of the app).
ticks() { awk '{print $14 + $15}' "/proc/$app/stat"; }
idle() { local a b; a="$(ticks)"; sleep 10; b="$(ticks)"; echo $((b - a)); }
alone="$(idle)"
/usr/bin/python3 - <<'PY' &
import pyatspi, threading
def seen(event):
    pass
pyatspi.Registry.registerEventListener(seen, "object", "focus", "window")
threading.Timer(14, pyatspi.Registry.stop).start()
pyatspi.Registry.start()
PY
listener=$!
sleep 2
listened="$(idle)"
wait "$listener" || true
echo "idle CPU over 10 s: $alone ticks alone, $listened ticks with a client listening"
status=0
if [ "$listened" -gt $((alone + 1)) ]; then
  echo "FAIL idle CPU with a client listening ($listened) is above the app alone ($alone)"
  status=1
else
  echo "PASS idle CPU with a client listening is no higher than alone"
fi

/usr/bin/python3 "$here/a11y/check.py" "$window" || status=1
exit "$status"
