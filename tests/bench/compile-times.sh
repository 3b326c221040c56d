#!/usr/bin/env bash
# Lines of code per file and `cargo check` time of each generated crate, as Markdown tables.
#
#   tests/bench/compile-times.sh [crate...]     (default: every crate under generated/)
#
# For each crate and feature set (default = client+server, client only, server only, models
# only), one untimed `cargo check` first builds the dependencies for that feature set; then the
# crate's `src/lib.rs` is touched and `cargo check -p <crate>` timed, so the time is that of
# checking the generated crate alone. The same for a dev `cargo build` with default features
# (which, unlike check, includes monomorphisation and code generation). A check that had to wait for the build-directory lock (another
# cargo running) is repeated. Set RUNS=n to take the best of n timed checks (default 3).
set -euo pipefail

cd "$(dirname "$0")/../.."
runs=${RUNS:-3}
crates=("$@")
if [ ${#crates[@]} -eq 0 ]; then
    for dir in generated/*/; do crates+=("$(basename "$dir")"); done
fi

echo "## Lines of code"
echo
echo "| crate | file | lines |"
echo "| --- | --- | ---: |"
for crate in "${crates[@]}"; do
    total=0
    # One row per file, and one for src/models/ (a file per schema) as a whole.
    while IFS= read -r file; do
        if [ -d "$file" ]; then
            lines=$(find "$file" -name '*.rs' -print0 | xargs -0 cat | wc -l)
            file="$file/*.rs"
        else
            lines=$(wc -l < "$file")
        fi
        total=$((total + lines))
        echo "| $crate | ${file#generated/$crate/} | $lines |"
    done < <({ find "generated/$crate/src" -name '*.rs' -not -path '*/src/models/*'
               find "generated/$crate/src" -path '*/src/models' -type d; } | sort)
    echo "| $crate | **total** | **$total** |"
done
echo

# shellcheck source=tests/bench/timing.sh
. tests/bench/timing.sh

# Prints the seconds one `cargo <command>` (check or build) of the crate takes after touching its lib.rs.
time_check() {
    local command=$1 crate=$2
    shift 2
    touch_and_time "generated/$crate/src/lib.rs" "$command" -p "$crate" "$@"
}

best_of() {
    local best="" time
    for _ in $(seq "$runs"); do
        time=$(time_check "$@")
        if [ -z "$best" ] || [ "$(echo "$time < $best" | bc)" = 1 ]; then best=$time; fi
    done
    printf '%.2f s' "$best"
}

echo "## \`cargo check\` and \`cargo build\` (dev) of the crate alone (best of $runs, dependencies already built)"
echo
echo "| crate | check: default (client + server) | check: client | check: server | check: models only | build: default |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for crate in "${crates[@]}"; do
    row="| $crate"
    for features in "" "--no-default-features --features client" "--no-default-features --features server" "--no-default-features"; do
        # shellcheck disable=SC2086
        cargo check -q -p "$crate" $features 2>/dev/null || cargo check -p "$crate" $features
        # shellcheck disable=SC2086
        row+=" | $(best_of check "$crate" $features)"
    done
    cargo build -q -p "$crate" 2>/dev/null || cargo build -p "$crate"
    row+=" | $(best_of build "$crate")"
    echo "$row |"
done
