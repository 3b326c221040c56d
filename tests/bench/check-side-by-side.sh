#!/usr/bin/env bash
# `cargo check` time of several crates (or feature sets), measured side by side: each round
# touches and checks every configuration in turn, so that load from elsewhere on the machine
# falls on all of them alike; prints the best of RUNS rounds (default 3) and its ratio to the
# first configuration.
#
#   tests/bench/check-side-by-side.sh 'pieces-before' 'pieces-os' 'pieces-os --no-default-features --features client'
#
# Each argument is a package name followed by cargo flags. One untimed check per configuration
# first builds its dependencies. Every package must be a workspace member.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-3}
[ $# -gt 0 ] || { echo "usage: $0 'PACKAGE [FLAGS]'..." >&2; exit 2; }

# The directory of a workspace package, by name.
dir_of() {
    cargo metadata --format-version 1 --no-deps \
        | python3 -c "import json,sys; print(next(p['manifest_path'] for p in json.load(sys.stdin)['packages'] if p['name'] == sys.argv[1]))" "$1" \
        | xargs dirname
}

declare -a dirs best
for index in $(seq 0 $(($# - 1))); do
    config=${*:index+1:1}
    read -r -a words <<<"$config"
    dirs[index]=$(dir_of "${words[0]}")
    cargo check --quiet -p "${words[@]}" >/dev/null
    best[index]=""
done
for _ in $(seq "$runs"); do
    for index in $(seq 0 $(($# - 1))); do
        config=${*:index+1:1}
        read -r -a words <<<"$config"
        touch "${dirs[index]}/src/lib.rs"
        start=$(date +%s.%N)
        cargo check --quiet -p "${words[@]}"
        end=$(date +%s.%N)
        time=$(echo "$end - $start" | bc)
        if [ -z "${best[index]}" ] || (( $(echo "$time < ${best[index]}" | bc) )); then
            best[index]=$time
        fi
    done
done
echo "| configuration | best check (s) | ratio to the first |"
echo "| --- | ---: | ---: |"
for index in $(seq 0 $(($# - 1))); do
    config=${*:index+1:1}
    printf '| `%s` | %.2f | %.2f |\n' "$config" "${best[index]}" "$(echo "${best[index]} / ${best[0]}" | bc -l)"
done
