#!/usr/bin/env bash
# Restarts PostgreSQL under load and checks what clients see: no 500, no acknowledged write lost,
# and 2xx answers again within 10 s of the restart. The script starts a PostgreSQL of its own
# (initdb into a temporary folder, on a spare port) and the packaged service against it, runs
# 16 clients that create lists and read them back for 30 s, and restarts that PostgreSQL 10 s in.
# Prints the figures; exits non-zero if a check fails.
#
#   ./mvnw package -DskipTests && scripts/database-restart.sh
#
# Needs PostgreSQL's server binaries (under /usr/lib/postgresql/*/bin, or initdb on the PATH) and
# Redis as the tests do; REDIS_URL names the Redis (default: database 10 on localhost). Run as
# root, it runs PostgreSQL as the user postgres, since PostgreSQL refuses to run as root.
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS=16
RUN_SECONDS=30
RESTART_AFTER_SECONDS=10
RECOVERY_LIMIT_MS=10000
SERVICE_PORT=8183
REDIS_URL=${REDIS_URL:-redis://localhost:6379/10}

fail() { echo "FAIL: $*" >&2; exit 1; }
now_ms() { date +%s%3N; }

source scripts/packaged-service.sh

postgres_bin=$(dirname "$(command -v initdb 2> /dev/null || ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
as_postgres_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
spare_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 30000))
    (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null || { echo "$port"; return; }
  done
}

database_port=$(spare_port)
pgdata=$work/pgdata
mkdir "$pgdata"
[ "$(id -u)" -ne 0 ] || chown postgres "$work" "$pgdata"
as_postgres_owner "$postgres_bin/initdb" -D "$pgdata" -U postgres --auth=trust > "$work/initdb.log"
pg_ctl() {
  as_postgres_owner "$postgres_bin/pg_ctl" -D "$pgdata" -l "$work/postgres.log" -w \
    -o "-p $database_port -c listen_addresses=127.0.0.1 -k $work" "$@" > /dev/null
}
pg_ctl start
# Stops this PostgreSQL too when the script ends, whichever way.
trap 'pg_ctl stop -m immediate || true; stop_services' EXIT
psql_here() { psql -h 127.0.0.1 -p "$database_port" -U postgres -d postgres -tAqc "$1"; }
echo "PostgreSQL on port $database_port"

# No client may reach the rate limit: the point is the database, not the limit.
start_service "$SERVICE_PORT" "jdbc:postgresql://127.0.0.1:$database_port/postgres" "$REDIS_URL" \
  APP_RATE_LIMIT_REQUESTS_PER_USER=1000000 APP_RATE_LIMIT_REQUESTS_PER_ADDRESS=1000000
wait_until_ready "$SERVICE_PORT" || fail "the service did not become ready"
api=localhost:$SERVICE_PORT/api
json=(-H 'Content-Type: application/json')

# One user per client, so each client's lists are its own.
for client in $(seq 1 "$CLIENTS"); do
  credentials="{\"email\":\"client-$client@example.org\",\"password\":\"a passphrase for restarts\"}"
  curl -sf "${json[@]}" -d "$credentials" "$api/users/register" > /dev/null || fail "register client $client"
  curl -sf "${json[@]}" -d "$credentials" "$api/users/login" \
    | sed -E 's/.*"accessToken":"([^"]+)".*/\1/' > "$work/token-$client"
done

# Each answer is one line: the time it came (ms), what was asked, its status. A 201's list id goes
# to the client's acknowledged writes.
run_client() {
  local client=$1 until_ms=$2 count=0 status id
  local auth=(-H "Authorization: Bearer $(cat "$work/token-$client")")
  while [ "$(now_ms)" -lt "$until_ms" ]; do
    count=$((count + 1))
    status=$(curl -s -o "$work/body-$client" -D "$work/headers-$client" -w '%{http_code}' --max-time 20 \
      "${auth[@]}" "${json[@]}" -d "{\"title\":\"List $count of client $client\"}" "$api/todo-lists" || true)
    echo "$(now_ms) write $status" >> "$work/answers-$client"
    if [ "$status" = 201 ]; then
      id=$(grep -i '^Location:' "$work/headers-$client" | tr -d '\r' | sed 's#.*/##')
      echo "$id" >> "$work/acknowledged"
    fi
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 "${auth[@]}" "$api/todo-lists" || true)
    echo "$(now_ms) read $status" >> "$work/answers-$client"
  done
}

touch "$work/acknowledged"
started_ms=$(now_ms)
until_ms=$((started_ms + RUN_SECONDS * 1000))
clients=()
for client in $(seq 1 "$CLIENTS"); do
  run_client "$client" "$until_ms" &
  clients+=($!)
done
sleep "$RESTART_AFTER_SECONDS"
restart_ms=$(now_ms)
pg_ctl restart -m fast
restarted_ms=$(now_ms)
echo "PostgreSQL restarted at $(((restart_ms - started_ms) / 1000)) s, up again $((restarted_ms - restart_ms)) ms later"
wait "${clients[@]}"

cat "$work"/answers-* > "$work/answers"
total=$(wc -l < "$work/answers")
echo "answers: $total in ${RUN_SECONDS} s from $CLIENTS clients, by status:"
awk '{ print $3 }' "$work/answers" | sort | uniq -c | sed 's/^/  /'
errors=$(awk '$3 == 500' "$work/answers" | wc -l)
# How long after PostgreSQL was back a client still got something other than 2xx.
last_failure_ms=$(awk -v since="$restart_ms" '$1 >= since && $3 !~ /^2/ { last = $1 } END { print last + 0 }' "$work/answers")
if [ "$last_failure_ms" -eq 0 ]; then
  recovery_ms=0
else
  recovery_ms=$((last_failure_ms - restarted_ms))
  [ "$recovery_ms" -ge 0 ] || recovery_ms=0
fi
echo "every answer 2xx again ${recovery_ms} ms after PostgreSQL was back"
successes_after=$(awk -v since="$last_failure_ms" '$1 > since && $3 ~ /^2/' "$work/answers" | wc -l)

psql_here "SELECT id FROM todo_lists" | sort > "$work/stored"
sort "$work/acknowledged" > "$work/acknowledged.sorted"
lost=$(comm -23 "$work/acknowledged.sorted" "$work/stored" | wc -l)
echo "acknowledged writes: $(wc -l < "$work/acknowledged"), lost: $lost"

if [ "$errors" -gt 0 ]; then
  # What the service logged about its unexpected failures, to find what it did not recognise.
  grep -A 30 ' ERROR ' "$work"/instance-*.log | head -n 120 >&2 || true
  fail "$errors answers were 500"
fi
[ "$lost" -eq 0 ] || fail "$lost acknowledged writes are not in the database"
[ "$recovery_ms" -le "$RECOVERY_LIMIT_MS" ] || fail "answers were not 2xx again within $RECOVERY_LIMIT_MS ms"
[ "$successes_after" -gt 0 ] || fail "no 2xx answer after the restart"
echo "PostgreSQL restart survived"
