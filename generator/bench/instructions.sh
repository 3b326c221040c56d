#!/usr/bin/env bash
# Instructions per pipeline stage (callgrind) for the three project specs and the four synthetic
# sizes of the criterion benchmark, run on one core. Unlike wall-clock time, instruction counts
# do not move with the load of a shared machine, so before/after comparisons can be made on a
# busy one. Needs valgrind.
#
#   generator/bench/instructions.sh [SPEC|synthetic:RESOURCES ...]
set -euo pipefail

cd "$(dirname "$0")/../.."
cargo build --release -p openapi-gen --example stages 2>&1 | tail -1
specs=("$@")
if [ ${#specs[@]} -eq 0 ]; then
    specs=(spec/pieces-os.yaml spec/alfresco-core.yaml spec/docspace.yaml
        synthetic:18 synthetic:35 synthetic:70 synthetic:140)
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

stage() { # FILE FUNCTION -> inclusive instructions in millions
    callgrind_annotate --inclusive=yes "$1" 2>/dev/null |
        grep -E "\?\?\?:openapi_gen::$2 \[" | head -1 |
        sed -E 's/^ *([0-9,]+) .*/\1/; s/,//g' | awk '{ printf "%.0f", $1 / 1e6 }'
}

echo "| spec | load | lower | render | format | total (M instructions) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for spec in "${specs[@]}"; do
    file="$out/$(echo "$spec" | tr '/:' '__')"
    taskset -c 0 valgrind --tool=callgrind --callgrind-out-file="$file" \
        target/release/examples/stages "$spec" >/dev/null 2>&1
    total=$(callgrind_annotate "$file" 2>/dev/null | grep "PROGRAM TOTALS" |
        sed -E 's/^ *([0-9,]+) .*/\1/; s/,//g' | awk '{ printf "%.0f", $1 / 1e6 }')
    echo "| $spec | $(stage "$file" load) | $(stage "$file" lower_loaded) | $(stage "$file" render) | $(stage "$file" format) | $total |"
done
