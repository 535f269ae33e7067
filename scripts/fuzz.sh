#!/usr/bin/env bash
# Fuzzes the report loader and validator (fuzz/fuzz_targets/load_report.rs), or the importer
# (fuzz/fuzz_targets/import_text.rs) or its web-page reader (fuzz/fuzz_targets/import_html.rs),
# with libFuzzer.
#
#   scripts/fuzz.sh [seconds] [load_report|import_text|import_html]     (default 600 load_report)
#
# With a nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`), this is coverage-guided
# fuzzing with AddressSanitizer. Without them (CI's stable toolchain) the target is built with
# plain cargo and LLVM's SanitizerCoverage passes (which stable rustc has; only the sanitizers
# need nightly), so libFuzzer is still coverage-guided, without AddressSanitizer (the code has
# no unsafe). RUSTFLAGS apply to the fuzz target only (--target), not to build scripts.
# The seed corpus is the built-in report and the test fixture, copied at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
target="${2:-load_report}"
corpus="fuzz/corpus/$target"
mkdir -p "$corpus" "fuzz/artifacts/$target"
if [ "$target" = import_html ]; then
  # Portal-shaped pages: a corpus text's lines as paragraphs, with a navigation and a footer
  # (the built-in report's text when the corpus is not beside the repository).
  python3 - "$corpus" <<'PY'
import glob, html, json, sys
texts = glob.glob("../shared/corpus/*.txt")[:3]
bodies = [open(t, encoding="utf-8").read() for t in texts] or [
    "\n".join(p for c in json.load(open("assets/report.json"))["chapters"] for s in c["sections"] for p in s["paragraphs"])
]
for i, body in enumerate(bodies):
    ps = "".join(f"<p>{html.escape(l)}</p>" for l in body.splitlines() if l.strip())
    page = f'<div class="nav">首页 政务公开</div><div class="article"><h1>标题</h1>{ps}</div><div class="footer">扫一扫</div>'
    open(f"{sys.argv[1]}/page-{i}.html", "w", encoding="utf-8").write(page)
PY
elif [ "$target" = import_text ]; then
  # The seed OCR and the corpus's reports when they are beside the repository, else the
  # built-in report's text.
  cp ../shared/seed/*.txt ../shared/corpus/*.txt "$corpus/" 2>/dev/null ||
    python3 -c 'import json,sys; r=json.load(open("assets/report.json")); print("\n".join(p for c in r["chapters"] for s in c["sections"] for p in s["paragraphs"]))' >"$corpus/built-in.txt"
else
  cp assets/report.json "$corpus/built-in.json"
  cp tests/fixtures/sample-report.json "$corpus/fixture.json"
  printf '{"format_version":1,"meta":{"title":"t"},"chapters":[]}' >"$corpus/no-chapters.json"
fi

if cargo +nightly --version >/dev/null 2>&1 && cargo fuzz --version >/dev/null 2>&1; then
  cargo +nightly fuzz run "$target" "$corpus" -- \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1
else
  host="$(rustc -vV | sed -n 's/^host: //p')"
  RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks" \
    cargo build --locked --release --manifest-path fuzz/Cargo.toml --target "$host"
  "fuzz/target/$host/release/$target" "$corpus" -max_total_time="$seconds" -max_len=65536 \
    -timeout=10 -artifact_prefix="fuzz/artifacts/$target/" -print_final_stats=1
fi
