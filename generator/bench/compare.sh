#!/usr/bin/env bash
# Side-by-side wall time of the generator at another git revision and at the working tree, on one
# core, interleaved so that both see the same machine load; prints medians and their ratio.
# Each run is the `stages` example (load + lower + render + format, summed; process start-up and
# the synthetic spec's construction excluded).
#
#   generator/bench/compare.sh REV [RUNS] [SPEC|synthetic:N|three ...]
#
# `three` is the three project specs one after the other (the "all three under 100 ms" target).
# Defaults: RUNS=7, specs `three synthetic:140`. REV is built in a temporary worktree with its
# own target directory (cargo would otherwise mix up the two workspaces' packages).
set -euo pipefail

cd "$(dirname "$0")/../.."
rev=${1:?usage: compare.sh REV [RUNS] [SPEC ...]}
runs=${2:-7}
shift $(($# < 2 ? $# : 2))
specs=("$@")
[ ${#specs[@]} -eq 0 ] && specs=(three synthetic:140)

work=$(mktemp -d)
trap 'git worktree remove --force "$work/tree" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add --detach "$work/tree" "$rev" >/dev/null
echo "building $rev and the working tree (release)..." >&2
(cd "$work/tree" && CARGO_TARGET_DIR="$work/target" cargo build -q --release -p openapi-gen --example stages)
cargo build -q --release -p openapi-gen --example stages
old="$work/target/release/examples/stages"
new="target/release/examples/stages"
cp "$new" "$work/stages-new"
new="$work/stages-new"

one_run() { # BINARY SPEC -> milliseconds
    local binary=$1 spec=$2 list=("$2")
    [ "$spec" = three ] && list=(spec/pieces-os.yaml spec/alfresco-core.yaml spec/docspace.yaml)
    for s in "${list[@]}"; do taskset -c 0 "$binary" "$s"; done | awk '/ ms /{s+=$2} END{printf "%.1f", s}'
}

echo "| spec | $rev (median ms) | working tree (median ms) | ratio |"
echo "| --- | ---: | ---: | ---: |"
for spec in "${specs[@]}"; do
    olds=() news=()
    for _ in $(seq "$runs"); do
        olds+=("$(one_run "$old" "$spec")")
        news+=("$(one_run "$new" "$spec")")
    done
    median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
    m_old=$(median "${olds[@]}")
    m_new=$(median "${news[@]}")
    echo "| $spec | $m_old | $m_new | $(awk -v a="$m_old" -v b="$m_new" 'BEGIN{printf "%.3f", b/a}') |"
done
