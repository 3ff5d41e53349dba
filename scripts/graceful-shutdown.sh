#!/usr/bin/env bash
# Shows the packaged service shutting down gracefully: on SIGTERM, readiness turns DOWN at once, a
# request already in flight still completes with its 2xx, and then the process exits. The request
# is a rename held behind a row lock that psql takes and releases only after the SIGTERM. Prints
# the timings; exits non-zero if a step does not happen.
#
#   ./mvnw package -DskipTests && scripts/graceful-shutdown.sh
#
# Needs PostgreSQL and Redis as the tests do; DB_URL names the database (default: graceful_shutdown
# on localhost, created if missing), REDIS_URL the Redis (default: database 11 on localhost).
set -euo pipefail
cd "$(dirname "$0")/.."

DB_URL=${DB_URL:-jdbc:postgresql://localhost:5432/graceful_shutdown}
REDIS_URL=${REDIS_URL:-redis://localhost:6379/11}
PORT=8184
DELAY_SECONDS=5
TIMEOUT_SECONDS=20
# Released after the delay has ended, so the rename is still in flight when new requests are refused.
LOCK_SECONDS=9

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }
now_ms() { date +%s%3N; }

database=${DB_URL##*/}
psql_url=postgresql://${DB_URL#jdbc:postgresql://}
psql_url=${psql_url/\/\//\/\/postgres@}
if [[ "$DB_URL" == jdbc:postgresql://localhost:5432/graceful_shutdown ]]; then
  psql -h localhost -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'graceful_shutdown'" | grep -q 1 \
    || psql -h localhost -U postgres -d postgres -qc "CREATE DATABASE graceful_shutdown"
fi

source scripts/packaged-service.sh
start_service "$PORT" "$DB_URL" "$REDIS_URL" SHUTDOWN_DELAY="${DELAY_SECONDS}s" SHUTDOWN_TIMEOUT="${TIMEOUT_SECONDS}s"
service_pid=${pids[0]}
wait_until_ready "$PORT" || fail "the service did not become ready"
api=localhost:$PORT/api
json=(-H 'Content-Type: application/json')

credentials="{\"email\":\"shutdown-$(date +%s%N)@example.org\",\"password\":\"a passphrase for shutdowns\"}"
curl -sf "${json[@]}" -d "$credentials" "$api/users/register" > /dev/null || fail "register"
token=$(curl -sf "${json[@]}" -d "$credentials" "$api/users/login" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
auth=(-H "Authorization: Bearer $token")
location=$(curl -sf -D - -o /dev/null "${auth[@]}" "${json[@]}" -d '{"title":"Before"}' "$api/todo-lists" \
  | grep -i '^Location:' | tr -d '\r')
list_id=${location##*/}

waiting_writers() {
  psql "$psql_url" -tAc "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid)
    WHERE NOT l.granted AND a.datname = '$database'"
}

psql "$psql_url" -q > /dev/null << SQL &
BEGIN;
SELECT 1 FROM todo_lists WHERE id = $list_id FOR UPDATE;
SELECT pg_sleep($LOCK_SECONDS);
COMMIT;
SQL
locker=$!
sleep 1
curl -s -o /dev/null -w '%{http_code}' -X PUT "${auth[@]}" "${json[@]}" \
  -d '{"title":"After","colour":"#FFFFFF"}' "$api/todo-lists/$list_id" > "$work/rename-status" &
rename=$!
for _ in $(seq 1 50); do [ "$(waiting_writers)" -gt 0 ] && break; sleep 0.1; done
[ "$(waiting_writers)" -gt 0 ] || fail "the rename did not wait for the lock"
pass "a rename is in flight, waiting for a row lock"

kill -TERM "$service_pid"
signalled_ms=$(now_ms)
ready_status=000
for _ in $(seq 1 20); do
  ready_status=$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/q/health/ready" || true)
  [ "$ready_status" = 503 ] && break
  sleep 0.1
done
[ "$ready_status" = 503 ] || fail "readiness answered $ready_status after SIGTERM, not 503"
pass "readiness 503 $(($(now_ms) - signalled_ms)) ms after SIGTERM, during the ${DELAY_SECONDS} s delay"

wait "$rename" || true
rename_ms=$(now_ms)
wait "$locker" || true
[ "$(cat "$work/rename-status")" = 204 ] || fail "the rename in flight answered $(cat "$work/rename-status"), not 204"
pass "the rename in flight answered 204 $((rename_ms - signalled_ms)) ms after SIGTERM"
[ "$(psql "$psql_url" -tAc "SELECT title FROM todo_lists WHERE id = $list_id")" = After ] \
  || fail "the rename was not stored"

for _ in $(seq 1 $((TIMEOUT_SECONDS * 10))); do
  kill -0 "$service_pid" 2> /dev/null || break
  sleep 0.1
done
! kill -0 "$service_pid" 2> /dev/null || fail "the service still runs $(($(now_ms) - signalled_ms)) ms after SIGTERM"
pass "the service exited $(($(now_ms) - signalled_ms)) ms after SIGTERM"
echo "graceful shutdown shown"
