#!/usr/bin/env bash
# Loads the packaged service with a mix of reads and writes across several users
# (docs/performance.md): 60 % GET /api/todo-lists, 10 % GET /api/todo-items (a page of 10), 10 %
# POST /api/todo-items, 10 % PUT /api/todo-items/{id} and 10 % DELETE /api/todo-items/{id}, the
# changes with If-Match, for users with 5 lists of 20 items each. scripts/mixed-load.lua builds
# only requests that a correct service answers with 2xx. Prints requests per second, p50, p99, the
# answers by operation and status, and the ERROR and WARN lines the service logged meanwhile; exits
# non-zero if any answer was not 2xx, a connection failed or timed out, or the service logged an
# ERROR.
#
#   scripts/measure-mixed-load.sh [NAME=VALUE...]
#
# The settings given are the service's environment, besides those every start needs.
# USERS=10 CONNECTIONS=50 THREADS=2 DURATION=60 WARM_UP_SECONDS=30 by default; KEEP_LOG=FILE keeps
# the service's log (JSON lines). The service runs with its production defaults (the request log
# line at INFO, to a file) but for the rate limit, raised out of the way. Needs wrk (apt-get
# install wrk), openssl, psql, and PostgreSQL and Redis as the tests do.
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${USERS:-10}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
DURATION=${DURATION:-60}
WARM_UP_SECONDS=${WARM_UP_SECONDS:-30}
LISTS_PER_USER=5
ITEMS_PER_LIST=20
DB=mixed_load
REDIS_URL=${REDIS_URL:-redis://localhost:6379/13}
PORT=8284

command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
psql -h localhost -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
redis-cli -u "$REDIS_URL" flushdb > /dev/null

source scripts/packaged-service.sh
start_service $PORT "jdbc:postgresql://localhost:5432/$DB" "$REDIS_URL" \
  APP_RATE_LIMIT_REQUESTS_PER_USER=1000000000 "$@"
wait_until_ready $PORT
log="$work/instance-$PORT.log"
service_pid=${pids[0]}
# The CPU time the service has used, in clock ticks: on a shared machine, what a request costs the
# service says more than how long it waited for a core.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$service_pid/stat"; }
# calls_without_redis FILE: the calls so far that went on without Redis, which did not answer within
# app.redis.timeout, by use ("rate_limit 12.0"); a counter's line may end in an exemplar.
calls_without_redis() {
  curl -sf "localhost:$PORT/q/metrics" \
    | sed -nE 's/^redis_unavailable_total\{[^}]*use="([^"]+)"[^}]*\} ([0-9.]+).*/\1 \2/p' | sort > "$1"
}

json=(-H 'Content-Type: application/json')
# The warm-up loads users of its own, so that the requests it leaves in flight when it stops cannot
# change an item after the measurement has read its version.
echo "registering $((2 * USERS)) users, each with $LISTS_PER_USER lists of $ITEMS_PER_LIST items"
for user in $(seq 1 $((2 * USERS))); do
  token=$(register_and_log_in $PORT "load-$user@example.org")
  echo "$user $token" >> "$work/tokens"
  # The lists through the API, as every user's data comes from it: the first gives the user a
  # cache generation.
  for list in $(seq 1 "$LISTS_PER_USER"); do
    curl -sf -H "Authorization: Bearer $token" "${json[@]}" -d "{\"title\":\"List $list\"}" \
      "localhost:$PORT/api/todo-lists" > /dev/null
  done
done
psql -h localhost -U postgres -d $DB -q <<SQL
INSERT INTO todo_items (id, list_id, title, priority, done)
SELECT nextval('todo_item_ids'), l.id, 'Item ' || n, n % 4, n % 3 = 0
FROM todo_lists l CROSS JOIN generate_series(1, $ITEMS_PER_LIST) AS n;
ANALYZE;
SQL

# write_data_file FIRST_USER LAST_USER FILE: the data file of mixed-load.lua for those users, their
# tokens, their lists, and their items with their versions.
write_data_file() {
  local user token
  while read -r user token; do
    [ "$user" -ge "$1" ] && [ "$user" -le "$2" ] || continue
    echo "user $user $token"
    psql -h localhost -U postgres -d $DB -tA -F ' ' -c "
      SELECT 'list', $user, l.id FROM todo_lists l JOIN users u ON u.id = l.owner_id
      WHERE u.email = 'load-$user@example.org' ORDER BY l.id"
    psql -h localhost -U postgres -d $DB -tA -F ' ' -c "
      SELECT 'item', $user, i.list_id, i.id, i.version FROM todo_items i
      JOIN todo_lists l ON l.id = i.list_id JOIN users u ON u.id = l.owner_id
      WHERE u.email = 'load-$user@example.org' ORDER BY i.id"
  done < "$work/tokens" > "$3"
}
write_data_file 1 "$USERS" "$work/warm-up-data"
write_data_file $((USERS + 1)) $((2 * USERS)) "$work/data"

load() { # seconds data-file report-file
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${1}s" --timeout 10s --latency -s scripts/mixed-load.lua \
    "http://localhost:$PORT" -- "$2" "$THREADS" > "$3"
}
# summary REPORT_FILE: answers, not 2xx, 5xx, socket errors and timeouts, as done() counted them.
summary() {
  sed -nE 's/^mixed-load: answers ([0-9]+) non-2xx ([0-9]+) 5xx ([0-9]+) socket-errors ([0-9]+) timeouts ([0-9]+)$/\1 \2 \3 \4 \5/p' "$1"
}
count_lines() { grep -c "\"level\":\"$1\"" "$log" || true; }

echo "warming up for ${WARM_UP_SECONDS}s"
load "$WARM_UP_SECONDS" "$work/warm-up-data" "$work/warm-up.txt"
read -r answers warm_up_non_2xx _ warm_up_socket_errors warm_up_timeouts \
  <<< "$(summary "$work/warm-up.txt")"
echo "warm-up: $answers answers, $warm_up_non_2xx not 2xx"
warm_up_errors=$(count_lines ERROR)
warm_up_warnings=$(count_lines WARN)

echo "loading for ${DURATION}s: $CONNECTIONS connections, $THREADS threads"
ticks_before=$(cpu_ticks)
calls_without_redis "$work/without-redis-before"
load "$DURATION" "$work/data" "$work/wrk.txt"
ticks=$(($(cpu_ticks) - ticks_before))
calls_without_redis "$work/without-redis-after"
without_redis=$(join "$work/without-redis-before" "$work/without-redis-after" \
  | awk '{ n = $3 - $2; total += n; by = by sprintf(", %s %d", $1, n) } END { printf "%d%s", total, by }')
cat "$work/wrk.txt"
read -r answers non_2xx server_errors socket_errors timeouts <<< "$(summary "$work/wrk.txt")"
errors=$(($(count_lines ERROR) - warm_up_errors))
warnings=$(($(count_lines WARN) - warm_up_warnings))
grep '"level":"ERROR"' "$log" | head -5 >&2 || true
echo
echo "requests/s: $(awk '/^Requests\/sec/ { print $2 }' "$work/wrk.txt")," \
  "p50: $(awk '$1 == "50%" { print $2 }' "$work/wrk.txt")," \
  "p99: $(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")"
echo "answers: $answers, not 2xx: $non_2xx, 5xx: $server_errors," \
  "socket errors: $socket_errors, timeouts: $timeouts"
echo "service CPU: $(echo "scale=2; $ticks / $(getconf CLK_TCK)" | bc) s," \
  "$(echo "scale=2; 1000 * $ticks / $(getconf CLK_TCK) / $answers" | bc) ms per answer"
echo "calls that went on without Redis: $without_redis"
echo "logged while loading: $errors ERROR, $warnings WARN lines" \
  "(during the warm-up and before: $warm_up_errors ERROR, $warm_up_warnings WARN)"
[ -z "${KEEP_LOG:-}" ] || cp "$log" "$KEEP_LOG"
failures=$((non_2xx + socket_errors + timeouts + errors + warm_up_non_2xx + warm_up_socket_errors \
  + warm_up_timeouts + warm_up_errors))
[ "$failures" -eq 0 ] || { echo "the bar is missed: $failures failures, the warm-up's included" >&2; exit 1; }
echo "the bar holds: every answer 2xx, no ERROR logged"
