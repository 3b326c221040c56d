#!/usr/bin/env bash
# Instructions per request of the generated router and the hand-written one (the in-process cases
# of `benches/server.rs`), counted with valgrind's callgrind: unlike wall-clock time, the count does
# not move with the load of a shared machine. Needs valgrind.
#
#   tests/bench/server-instructions.sh
set -euo pipefail

cd "$(dirname "$0")/../.."
cargo bench -p api-tests --bench server --no-run 2>&1 | tail -1
bin=$(ls -t target/release/deps/server-* | grep -v '\.d$' | head -1)
out=$(mktemp -d)

# Inclusive instructions and calls of the function that sends one request and reads the reply.
per_request() {
    callgrind_annotate --inclusive=yes --tree=calling "$1" 2>/dev/null |
        grep -E '>   \?\?\?:server::oneshot::\{\{closure\}\} \(' |
        sed -E 's/^ *([0-9,]+) .*\(([0-9,]+)x\).*/\1 \2/; s/,//g' |
        sort -k2 -n | tail -1 | { read -r ir calls; echo $((ir / calls)); }
}

echo "| case | generated (instructions/request) | hand-written | ratio |"
echo "| --- | ---: | ---: | ---: |"
for case in get_person create_person_10k update_avatar_1m; do
    for who in generated hand-written; do
        valgrind --tool=callgrind --callgrind-out-file="$out/$case-$who" \
            "$bin" --bench --profile-time 1 "inproc/$case/$who\$" >/dev/null 2>&1 &
    done
    wait
    ours=$(per_request "$out/$case-generated")
    theirs=$(per_request "$out/$case-hand-written")
    printf "| %s | %s | %s | %.3f |\n" "$case" "$ours" "$theirs" "$(echo "scale=4; $ours / $theirs" | bc)"
done
rm -rf "$out"
