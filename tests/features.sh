#!/usr/bin/env bash
# Feature combinations: a generated crate must build with only the features a user picks (models
# alone, client without TLS, each TLS backend, server alone). `cargo test --workspace` builds the
# defaults; this checks the rest, with warnings denied, on the crate with the most optional parts
# (pieces-os: WebSocket) and on one with multipart bodies (docspace). A crate with per-tag
# features (fixture-tag-features) is also linted with each tag alone, with models only and with
# client and server: a tag's operations and the models they reach must compile without the rest.
#
#   tests/features.sh [CRATE...]      (default: pieces-os docspace fixture-tag-features)
set -euo pipefail
cd "$(dirname "$0")/.."

crates=("$@")
[ ${#crates[@]} -gt 0 ] || crates=(pieces-os docspace fixture-tag-features)
combos=(
    "--no-default-features"
    "--no-default-features --features client"
    "--no-default-features --features client,rustls"
    "--no-default-features --features client,native-tls"
    "--no-default-features --features server"
    "--no-default-features --features server,rustls"
)
# The directory of a workspace crate, by package name.
manifest_of() {
    grep -l "^name = \"$1\"$" generated/*/Cargo.toml tests/fixture-crates/*/Cargo.toml | head -n 1
}

for crate in "${crates[@]}"; do
    crate_combos=("${combos[@]}")
    # Per-tag features: the quoted `tag-` keys of the manifest (they may enable hidden
    # `__tags-` features).
    mapfile -t tags < <(sed -n 's/^"\(tag-[^"]*\)" = \[.*\]$/\1/p' "$(manifest_of "$crate")")
    for tag in "${tags[@]}"; do
        crate_combos+=(
            "--no-default-features --features $tag"
            "--no-default-features --features client,server,$tag"
        )
    done
    for combo in "${crate_combos[@]}"; do
        printf '==> cargo clippy -p %s %s\n' "$crate" "$combo"
        # shellcheck disable=SC2086 # the combination is a list of flags
        cargo clippy --quiet --locked -p "$crate" $combo -- -D warnings
    done
done
