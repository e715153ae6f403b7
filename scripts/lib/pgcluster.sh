# A throwaway PostgreSQL cluster for the scripts that measure or attack mikro-server on a real
# PostgreSQL: a data directory under $work, a free loopback port, a random password, never run
# as root (as the postgres user when the script is root). Source it with `work` set to a
# directory the script removes on exit, and `fail` defined; then call pg_start. It sets pg_bin,
# pg_port, pg_password, psql (an array) and exports PGHOST, PGPORT, PGUSER, PGPASSWORD; pg_stop
# stops it at once (call it from the script's cleanup when pg_port is set).
# shellcheck source=scripts/lib/ports.sh
source "$(dirname "${BASH_SOURCE[0]}")/ports.sh"
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
as_pg=()
if [ "$(id -u)" -eq 0 ]; then as_pg=(runuser -u postgres --); fi
pg_port=""
psql=("$pg_bin/psql" -X -v ON_ERROR_STOP=1)

pg_require() { # the PostgreSQL programs the script uses
    local tool
    for tool in "$@"; do
        [ -x "$pg_bin/$tool" ] \
            || fail "no $tool in /usr/lib/postgresql/*/bin (bash scripts/install-deps.sh)"
    done
}

pg_start() { # [extra postgres settings…]
    pg_require initdb pg_ctl postgres psql
    chmod 755 "$work"
    take_port pg_port || fail "no free port for PostgreSQL"
    pg_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    printf '%s\n' "$pg_password" >"$work/pwfile"
    mkdir -p "$work/pgdata" "$work/pgsock"
    if [ "$(id -u)" -eq 0 ]; then chown -R postgres: "$work/pgdata" "$work/pgsock" "$work/pwfile"; fi
    "${as_pg[@]}" "$pg_bin/initdb" -D "$work/pgdata" -U mikro --pwfile="$work/pwfile" \
        --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$work/initdb.log" 2>&1 \
        || { cat "$work/initdb.log" >&2; fail "initdb failed"; }
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$work/pgdata" -l "$work/pgdata/server.log" -w -t 60 start \
        -o "-p $pg_port -k $work/pgsock -c listen_addresses=127.0.0.1 -c fsync=off $*" \
        >/dev/null || { cat "$work/pgdata/server.log" >&2; fail "PostgreSQL did not start"; }
    export PGHOST=127.0.0.1 PGPORT=$pg_port PGUSER=mikro PGPASSWORD=$pg_password PGCONNECT_TIMEOUT=10
}

pg_url() { # the DATABASE_URL of database $1
    echo "postgresql://mikro:$pg_password@127.0.0.1:$pg_port/$1?sslmode=disable"
}

pg_stop() {
    [ -n "$pg_port" ] || return 0
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$work/pgdata" -m immediate stop >/dev/null 2>&1 || true
}
