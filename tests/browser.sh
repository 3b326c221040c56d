#!/usr/bin/env bash
# Browser test of the documentation page each generated router serves (`serve`, documentation on):
# headless Chromium (Debian's package) loads it through Playwright (npm playwright-core, installed
# under target/), checks that every operation of the served document is on the page and that a
# "Try it" request reaches the server. Screenshots land in target/browser/<spec>.png (artifacts,
# not in git). Installs Chromium with apt when it is missing.
#
#   tests/browser.sh
set -euo pipefail
cd "$(dirname "$0")/.."

target_dir="${CARGO_TARGET_DIR:-target}"
node_dir="$target_dir/browser-node"
out="$target_dir/browser"
playwright="${PLAYWRIGHT_VERSION:-1.64.1}"
say() { printf '\n==> %s\n' "$*"; }

if ! command -v chromium >/dev/null; then
    say "installing chromium (Debian package)"
    sudo_=""; [ "$(id -u)" -eq 0 ] || sudo_=sudo
    $sudo_ apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq chromium >/dev/null
fi
if [ ! -f "$node_dir/node_modules/playwright-core/package.json" ] \
    || ! grep -q "\"version\": \"$playwright\"" "$node_dir/node_modules/playwright-core/package.json"; then
    say "installing playwright-core $playwright into $node_dir"
    mkdir -p "$node_dir"
    npm install --silent --prefix "$node_dir" --no-audit --no-fund "playwright-core@$playwright"
fi
cp tests/browser/docs-page.mjs "$node_dir/docs-page.mjs"

say "building serve"
cargo build --quiet --locked -p api-tests --bin serve
serve="$target_dir/debug/serve"
mkdir -p "$out"

server_pid=""
stop_server() {
    if [ -n "$server_pid" ]; then
        kill -INT "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    server_pid=""
}
trap stop_server EXIT

# spec, base path, then the operation to try, a request header and a text its answer must contain.
check() {
    local spec=$1 base=$2
    shift 2
    say "$spec"
    "$serve" "$spec" --listen 127.0.0.1:0 >"$out/$spec.serve.out" 2>"$out/$spec.serve.err" &
    server_pid=$!
    local origin=""
    for _ in $(seq 100); do
        origin=$(sed -n 's/^listening on //p' "$out/$spec.serve.out")
        [ -n "$origin" ] && break
        sleep 0.1
    done
    [ -n "$origin" ] || { echo "serve $spec did not start"; cat "$out/$spec.serve.err"; exit 1; }
    node "$node_dir/docs-page.mjs" "$origin$base/docs" "$(pwd)/$out/$spec.png" "$@"
    stop_server
}

check alfresco-core /alfresco/api/-default-/public/alfresco/versions/1 \
    list_people "Authorization: Basic YWRtaW46YWRtaW4=" "admin"
check docspace ""
check pieces-os "" user_snapshot "" "\"user\""
