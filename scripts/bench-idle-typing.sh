#!/usr/bin/env bash
# CPU of a window left with the search box focused (cursor in it, nobody typing): each binary
# given is started under Xvfb 1280×800 with an empty HOME, Ctrl+F focuses the search box, and
# after 11 s to settle the process's utime+stime (clock ticks, /proc/<pid>/stat) over 20 s is
# printed. Binaries are run alternately, `rounds` times each.
#   scripts/bench-idle-typing.sh <rounds> <binary>...
set -euo pipefail
rounds="$1"; shift
display=":97"
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY="$display"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
for round in $(seq "$rounds"); do
  for bin in "$@"; do
    home="$(mktemp -d)"
    HOME="$home" "$bin" >/dev/null 2>&1 &
    pid=$!
    sleep 4
    window="$(xdotool search --pid "$pid" | tail -1)"
    xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus "$window"
    xdotool key --window "$window" ctrl+f
    # Past the 10 s a cursor blinks after the last key (src/ui/style.rs).
    sleep 11
    [ -n "${SHOT:-}" ] && import -window root "$SHOT"
    before="$(ticks "$pid")"
    sleep 20
    after="$(ticks "$pid")"
    echo "round $round $bin: $((after - before)) ticks in 20 s"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -rf "$home"
  done
done
