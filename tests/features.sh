#!/usr/bin/env bash
# Feature combinations: a generated crate must build with only the features a user picks (models
# alone, client without TLS, each TLS backend, server alone). `cargo test --workspace` builds the
# defaults; this checks the rest, with warnings denied, on the crate with the most optional parts
# (pieces-os: WebSocket) and on one with multipart bodies (docspace).
#
#   tests/features.sh [CRATE...]      (default: pieces-os docspace)
set -euo pipefail
cd "$(dirname "$0")/.."

crates=("$@")
[ ${#crates[@]} -gt 0 ] || crates=(pieces-os docspace)
combos=(
    "--no-default-features"
    "--no-default-features --features client"
    "--no-default-features --features client,rustls"
    "--no-default-features --features client,native-tls"
    "--no-default-features --features server"
    "--no-default-features --features server,rustls"
)
for crate in "${crates[@]}"; do
    for combo in "${combos[@]}"; do
        printf '==> cargo clippy -p %s %s\n' "$crate" "$combo"
        # shellcheck disable=SC2086 # the combination is a list of flags
        cargo clippy --quiet --locked -p "$crate" $combo -- -D warnings
    done
done
