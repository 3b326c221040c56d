#!/usr/bin/env bash
# Interop tests: the vendors' own published Python SDKs (what nobody here wrote) against each
# generated server, served by `serve` over its reference implementation. Every one of the 28
# operations is driven through its SDK as the SDK's documentation (the seed pages) shows, by one
# driver per API under tests/interop/; an operation that does not complete fails the run.
#
#   tests/interop.sh [SPEC...]        (default: alfresco-core docspace pieces-os)
#
# The SDKs (pinned; PyPI):
#   pieces-os-client 5.0.1     Pieces OS Person and User APIs (14 operations, one a WebSocket)
#   python-alfresco-api 1.2.2  Alfresco People API (9)
#   docspace-api-sdk 3.6.0     ONLYOFFICE DocSpace People / Photos API (5); 3.7.0's
#                              upload_member_photo is a later revision of that operation
#                              (a `File` part, not this spec's `formCollection`), see
#                              tests/interop/docspace.py
# Defects of the SDKs themselves are recorded, with the evidence, in the drivers beside the
# workaround used (grep "SDK DEFECT").
#
# Environment:
#   INTEROP_VENV   virtualenv (default target/interop-venv, reused when its pins match)
# Logs go to target/interop/<spec>/. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

target_dir="${CARGO_TARGET_DIR:-target}"
venv="${INTEROP_VENV:-$target_dir/interop-venv}"
requirements=(pieces-os-client==5.0.1 python-alfresco-api==1.2.2 docspace-api-sdk==3.6.0)
specs=("$@")
[ ${#specs[@]} -gt 0 ] || specs=(alfresco-core docspace pieces-os)

say() { printf '\n==> %s\n' "$*"; }

installed() {
    [ -x "$venv/bin/python" ] || return 1
    local frozen
    frozen="$("$venv/bin/python" -m pip freeze --disable-pip-version-check 2>/dev/null | tr '[:upper:]_' '[:lower:]-')"
    for requirement in "${requirements[@]}"; do
        grep -qx "$requirement" <<<"$frozen" || return 1
    done
}
if ! installed; then
    say "installing ${requirements[*]} into $venv"
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "${requirements[@]}"
fi

say "building serve"
cargo build --quiet --locked -p api-tests --bin serve
serve="$target_dir/debug/serve"

server_pid=""
stop_server() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill -INT "$server_pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    server_pid=""
}
trap stop_server EXIT

failed=()
for spec in "${specs[@]}"; do
    case "$spec" in
        alfresco-core) driver=alfresco ;;
        docspace) driver=docspace ;;
        pieces-os) driver=pieces ;;
        *) echo "no interop driver for $spec" >&2; failed+=("$spec"); continue ;;
    esac
    out="$target_dir/interop/$spec"
    rm -rf "$out"
    mkdir -p "$out"

    say "$spec: starting serve"
    "$serve" "$spec" --listen 127.0.0.1:0 >"$out/serve.out" 2>"$out/serve.err" &
    server_pid=$!
    origin=""
    for _ in $(seq 100); do
        origin="$(sed -n 's/^listening on \(http:[^ ]*\)$/\1/p' "$out/serve.out")"
        [ -n "$origin" ] && break
        kill -0 "$server_pid" 2>/dev/null || { cat "$out/serve.err" >&2; break; }
        sleep 0.1
    done
    if [ -z "$origin" ]; then
        echo "serve $spec did not start" >&2
        failed+=("$spec")
        stop_server
        continue
    fi
    echo "listening on $origin"

    say "$spec: tests/interop/$driver.py through the vendor SDK"
    status=0
    # The SDKs' own import-time warnings (pydantic field shadowing) are not ours to fix.
    timeout 300 "$venv/bin/python" -W ignore "tests/interop/$driver.py" "$origin" 2>"$out/driver.err" || status=$?
    stop_server
    if [ "$status" -ne 0 ]; then
        echo "(tracebacks in $out/driver.err)"
        failed+=("$spec")
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    say "interop failures: ${failed[*]} (logs under $target_dir/interop/)"
    exit 1
fi
say "interop: every operation of ${specs[*]} completed through its vendor SDK"
