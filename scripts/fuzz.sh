#!/usr/bin/env bash
# Fuzzes the report loader and validator (fuzz/fuzz_targets/load_report.rs) with libFuzzer.
#
#   scripts/fuzz.sh [seconds]     (default 600)
#
# With a nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`), this is coverage-guided
# fuzzing with AddressSanitizer. Without them (CI's stable toolchain) the target is built with
# plain cargo and run over the seed corpus plus random mutations: a smoke test, not real fuzzing.
# The seed corpus is the built-in report and the test fixture, copied at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
corpus="fuzz/corpus/load_report"
mkdir -p "$corpus" fuzz/artifacts/load_report
cp assets/report.json "$corpus/built-in.json"
cp tests/fixtures/sample-report.json "$corpus/fixture.json"
printf '{"format_version":1,"meta":{"title":"t"},"chapters":[]}' >"$corpus/no-chapters.json"

if cargo +nightly --version >/dev/null 2>&1 && cargo fuzz --version >/dev/null 2>&1; then
  cargo +nightly fuzz run load_report "$corpus" -- \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1
else
  cargo build --locked --release --manifest-path fuzz/Cargo.toml
  fuzz/target/release/load_report "$corpus" -max_total_time="$seconds" -max_len=65536 \
    -timeout=10 -artifact_prefix=fuzz/artifacts/load_report/ -print_final_stats=1
fi
