#!/usr/bin/env bash
# Mutation testing with cargo-mutants over the egui-free code: the report model, the importer,
# and the app's plain-data modules (chart data, data table, search, export file writing).
#
#   scripts/mutants.sh              every mutant of those modules (long: about an hour here)
#   scripts/mutants.sh --in-diff    only mutants on lines changed since origin/main, or since
#                                   the ref in $BASE (use before stopping work on a change)
#
# Results go to mutants.out/ (missed.txt lists the surviving mutants). Needs cargo-mutants:
#   cargo install cargo-mutants@26.2.0 --locked
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo-mutants >/dev/null; then
    echo "cargo-mutants is not installed: cargo install cargo-mutants@26.2.0 --locked" >&2
    exit 2
fi

# The modules checked, as cargo-mutants --file globs.
files=(
    --file 'crates/report/src/**'
    --file 'crates/import/src/**'
    --file src/charts/data.rs
    --file src/data_view/table.rs
    --file src/search/data.rs
    --file src/export/file.rs
    --file src/export/name.rs
)

args=()
if [[ "${1:-}" == "--in-diff" ]]; then
    base="${BASE:-origin/main}"
    git diff "$base" -- >/tmp/jiedu-mutants.diff
    if [[ ! -s /tmp/jiedu-mutants.diff ]]; then
        echo "no change against $base: nothing to mutate"
        exit 0
    fi
    args+=(--in-diff /tmp/jiedu-mutants.diff)
    shift
fi

# One job at a time (the default): each build already uses every core.
exec cargo mutants --workspace "${files[@]}" "${args[@]}" --timeout 300 "$@"
