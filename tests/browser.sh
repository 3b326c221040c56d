#!/usr/bin/env bash
# Browser test of the documentation page each generated router serves (`serve`, documentation on):
# headless Chromium (Debian's package) loads it through Playwright (PyPI `playwright`, which brings
# its own driver, installed into a virtualenv under target/; its browser download is not used),
# checks that every operation of the served document is on the page, that nothing comes from
# another origin, and that a "Try it" request reaches the server. Screenshots land in target/browser/<spec>.png (artifacts,
# not in git). Installs Chromium with apt when it is missing.
#
#   tests/browser.sh
set -euo pipefail
cd "$(dirname "$0")/.."

target_dir="${CARGO_TARGET_DIR:-target}"
venv="${BROWSER_VENV:-$target_dir/browser-venv}"
out="$target_dir/browser"
playwright="${PLAYWRIGHT_VERSION:-1.56.0}"
say() { printf '\n==> %s\n' "$*"; }

if ! command -v chromium >/dev/null; then
    say "installing chromium (Debian package)"
    sudo_=""; [ "$(id -u)" -eq 0 ] || sudo_=sudo
    $sudo_ apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq chromium >/dev/null
fi
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -m pip show playwright 2>/dev/null | grep -q "^Version: $playwright$"; then
    say "installing playwright $playwright into $venv"
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "playwright==$playwright"
fi

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
    "$venv/bin/python" tests/browser/docs_page.py "$origin$base/docs" "$out/$spec.png" "$@"
    stop_server
}

check alfresco-core /alfresco/api/-default-/public/alfresco/versions/1 \
    list_people "Authorization: Basic YWRtaW46YWRtaW4=" "admin"
check docspace ""
check pieces-os "" user_snapshot "" "\"user\""
