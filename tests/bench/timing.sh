# Sourced by the bench scripts: the wall time of one cargo command after touching a file.

# touch_and_time FILE CARGO-ARGS...: touches FILE, runs `cargo CARGO-ARGS...` in the current
# directory and prints the seconds it took; repeats a run that waited for the build-directory
# lock (another cargo running), so the time is the command's own ("nan" after five waits). A
# failing command prints its output and fails.
touch_and_time() {
    local file=$1 log start end
    shift
    log=$(mktemp)
    for _ in 1 2 3 4 5; do
        touch "$file"
        start=$(date +%s.%N)
        cargo "$@" 2>"$log" || { cat "$log" >&2; rm -f "$log"; return 1; }
        end=$(date +%s.%N)
        if ! grep -q "Blocking waiting" "$log"; then
            rm -f "$log"
            echo "$end - $start" | bc
            return 0
        fi
    done
    rm -f "$log"
    echo nan
}
