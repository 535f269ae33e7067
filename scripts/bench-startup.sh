#!/usr/bin/env bash
# Startup benchmark: launches the baseline (examples/hello.rs, a bare eframe window) and Jiedu
# alternately under Xvfb, N times each, and reports medians and Jiedu/baseline ratios of
#   - time from process start to the first frame presented (the JIEDU_FIRST_FRAME marker),
#   - RSS two seconds after the first frame,
#   - CPU time used over 10 s of idle after that (utime+stime from /proc, in clock ticks).
#
#   scripts/bench-startup.sh [N]      (default 9; needs Xvfb, release builds are made first)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-9}"
cargo build --release --locked --bin jiedu --example hello >/dev/null
display=:93
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 2
runtime="$(mktemp -d)"; chmod 700 "$runtime"

# Prints "<first-frame ms> <rss kB> <idle ticks> <window ms> <first ui pass ms> <ui end to
# presented ms>" for one launch of $1 (the last three from the marker's milestones).
measure() {
  local home out pid ms rss t0 t1
  home="$(mktemp -d)"
  out="$(mktemp)"
  HOME="$home" XDG_RUNTIME_DIR="$runtime" DISPLAY="$display" JIEDU_FIRST_FRAME=1 "$1" >"$out" 2>/dev/null &
  pid=$!
  for _ in $(seq 1 300); do grep -q JIEDU_FIRST_FRAME "$out" && break; sleep 0.05; done
  ms="$(awk '/JIEDU_FIRST_FRAME/ {print $2; exit}' "$out")"
  phases="$(awk '/JIEDU_FIRST_FRAME/ {
      for (i = 3; i <= NF; i++) { split($i, kv, "="); m[kv[1]] = kv[2] }
      printf "%.1f %.1f %.1f", m["window"], m["ui"] - m["ui-start"], $2 - m["ui"]; exit }' "$out")"
  sleep 2
  rss="$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")"
  t0="$(awk '{print $14 + $15}' "/proc/$pid/stat")"
  sleep 10
  t1="$(awk '{print $14 + $15}' "/proc/$pid/stat")"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$home" "$out"
  echo "$ms $rss $((t1 - t0)) $phases"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

base=(); app=()
for i in $(seq 1 "$n"); do
  base+=("$(measure target/release/examples/hello)")
  app+=("$(measure target/release/jiedu)")
  echo "run $i: baseline ${base[-1]} | jiedu ${app[-1]}" >&2
done
col() { local k="$1"; shift; printf '%s\n' "$@" | awk -v k="$k" '{print $k}' | median; }
bf="$(col 1 "${base[@]}")"; af="$(col 1 "${app[@]}")"
br="$(col 2 "${base[@]}")"; ar="$(col 2 "${app[@]}")"
bi="$(col 3 "${base[@]}")"; ai="$(col 3 "${app[@]}")"
echo "| measure (median of $n) | baseline | Jiedu | Jiedu / baseline |"
echo "|---|---|---|---|"
awk -v b="$bf" -v a="$af" 'BEGIN {printf "| first frame presented | %.0f ms | %.0f ms | %.2f |\n", b, a, a / b}'
awk -v b="$br" -v a="$ar" 'BEGIN {printf "| RSS 2 s after it | %.1f MB | %.1f MB | %.2f (+%.1f MB) |\n", b / 1024, a / 1024, a / b, (a - b) / 1024}'
echo "| CPU over 10 s idle | $bi ticks | $ai ticks | |"
for k in 4 5 6; do
  b="$(col "$k" "${base[@]}")"; a="$(col "$k" "${app[@]}")"
  name=("" "" "" "" "window up (eframe + wgpu), since start" "first UI pass (layout, glyphs)" "end of that pass to the frame on screen")
  awk -v n="${name[$k]}" -v b="$b" -v a="$a" 'BEGIN {printf "| %s | %.1f ms | %.1f ms | %+.1f ms |\n", n, b, a, a - b}'
done
