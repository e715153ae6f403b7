# Sourced by the bench scripts that need a signed-in person: starts mikro-devstack and mikro-server
# from "$build" (a temporary SQLite store in "$work" unless DATABASE_URL is set), then signs the
# devstack's mapper in with the PKCE flow (RFC 7636's example verifier).
# Needs: build, work, and a `pids` array the caller's cleanup stops.
# Sets: issuer, port (the server's), token (an access token for auth|devstack-mapper-1).

# At most 30 s (a sanitizer build starts slowly), then the log is shown and the run fails.
wait_line() { for _ in $(seq 300); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done; cat "$1"; exit 1; }

"$build/app/devstack/mikro-devstack" --port 0 >"$work/devstack" 2>/dev/null &
pids+=($!)
wait_line "$work/devstack" "issuer http"
# "identity provider: issuer http://127.0.0.1:PORT/": the URL ends the line.
issuer=$(sed -n 's/.*issuer \(http[^ ]*\).*/\1/p' "$work/devstack" | head -n 1)
[ -n "$issuer" ] || { cat "$work/devstack"; echo "devstack-session.sh: no issuer" >&2; exit 1; }
PORT=0 SQLITE_PATH="$work/bench.sqlite" AUTH0_DOMAIN=127.0.0.1 AUTH0_ISSUER_URL="$issuer" \
    QT_LOGGING_RULES="mikro.services.http.access=false" "$build/app/server/mikro-server" >"$work/server" 2>&1 &
pids+=($!)
wait_line "$work/server" "listening on http://"
port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/server" | head -n 1)

verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk
challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM
redirect=http://127.0.0.1:53682/callback
page=$(curl -s "${issuer}authorize?response_type=code&client_id=mikro-desktop&redirect_uri=$redirect&scope=openid&state=s&code_challenge=$challenge&code_challenge_method=S256")
txn=$(echo "$page" | grep -o 'name="transaction" value="[^"]*"' | sed 's/.*value="//;s/"$//')
code=$(curl -s -o /dev/null -w '%{redirect_url}' --data-urlencode "transaction=$txn" \
       --data-urlencode 'subject=auth0|devstack-mapper-1' "${issuer}authorize" | sed 's/.*code=//;s/&.*//')
token=$(curl -s -d grant_type=authorization_code -d client_id=mikro-desktop -d code="$code" \
        -d code_verifier=$verifier -d redirect_uri=$redirect "${issuer}oauth/token" \
        | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "devstack-session.sh: no access token from the devstack" >&2; exit 1; }
