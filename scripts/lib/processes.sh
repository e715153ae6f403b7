# Helpers of the scripts that start mikro-server and the devstack: waiting for a process's line,
# and access tokens through the devstack's PKCE flow. Source it with `fail` defined; token_for
# needs `issuer` (the devstack's, ending with /).

# Fails unless every program named is on the PATH.
require_tools() {
    local tool
    for tool in "$@"; do command -v "$tool" >/dev/null || fail "$tool is not installed"; done
}

# Sets `server` and `devstack` to the binaries of build directory $1; fails when one is missing.
stack_binaries() {
    server="$1/app/server/mikro-server"
    devstack="$1/app/devstack/mikro-devstack"
    local binary
    for binary in "$server" "$devstack"; do
        [ -x "$binary" ] || fail "$binary is missing (build it first)"
    done
}

# Stops the processes given by id (0 is skipped): SIGTERM to all, then at most 15 s for each to
# exit (graceful shutdowns), then SIGKILL.
stop_pids() {
    local p
    for p in "$@"; do
        if [ "$p" != 0 ]; then kill -TERM "$p" 2>/dev/null || true; fi
    done
    for p in "$@"; do
        [ "$p" != 0 ] || continue
        for _ in $(seq 150); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$p" 2>/dev/null || true
    done
}

# Waits (at most $3 seconds) for a line matching $2 in the log $1 of process $4; shows the log and
# fails when the process dies or the time is up.
wait_line() {
    local log=$1 pattern=$2 limit=$3 pid=$4
    for _ in $(seq $((limit * 10))); do
        grep -q "$pattern" "$log" 2>/dev/null && return 0
        kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; fail "process $pid exited before '$pattern'"; }
        sleep 0.1
    done
    cat "$log" >&2
    fail "no '$pattern' in $log after ${limit}s"
}

# An access token for subject $1 through the devstack's PKCE flow (RFC 7636's example verifier).
verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk
challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM
redirect=http://127.0.0.1:53682/callback
token_for() {
    local page txn code token
    page=$(curl -sf --max-time 30 "${issuer}authorize?response_type=code&client_id=mikro-desktop&redirect_uri=$redirect&scope=openid&state=s&code_challenge=$challenge&code_challenge_method=S256")
    txn=$(echo "$page" | grep -o 'name="transaction" value="[^"]*"' | sed 's/.*value="//;s/"$//')
    code=$(curl -s --max-time 30 -o /dev/null -w '%{redirect_url}' --data-urlencode "transaction=$txn" \
           --data-urlencode "subject=$1" "${issuer}authorize" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
    [ -n "$code" ] || fail "no authorization code for $1"
    token=$(curl -s --max-time 30 -d grant_type=authorization_code -d client_id=mikro-desktop \
            -d code="$code" -d code_verifier=$verifier -d redirect_uri=$redirect "${issuer}oauth/token" \
            | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
    [ -n "$token" ] || fail "no access token for $1"
    echo "$token"
}
