#!/usr/bin/env bash
# Measures what the query cache gains: GET /api/todo-lists for a user with 20 lists of 20 items,
# through the packaged service with the cache off and with it warm, side by side in one run. Two
# instances share one PostgreSQL and Redis and differ only in the cache; wrk loads them in turn,
# several rounds, after a warm-up of each, and the script prints requests per second and p99 for
# both and their ratio. Absolute figures vary with the machine; the ratio is the result.
#
#   scripts/measure-query-cache.sh        (ROUNDS=3 SECONDS_PER_RUN=15 CONNECTIONS=16 by default)
#
# Needs wrk (apt-get install wrk), openssl, psql, and PostgreSQL and Redis as the tests do.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-15}
CONNECTIONS=${CONNECTIONS:-16}
WARM_UP_SECONDS=${WARM_UP_SECONDS:-30}
DB=measure_query_cache
REDIS_URL=${REDIS_URL:-redis://localhost:6379/10}
CACHED=8281
UNCACHED=8282

command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
psql -h localhost -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
redis-cli -u "$REDIS_URL" flushdb > /dev/null

source scripts/packaged-service.sh
for instance in "$CACHED true" "$UNCACHED false"; do
  read -r port cache <<< "$instance"
  start_service "$port" "jdbc:postgresql://localhost:5432/$DB" "$REDIS_URL" \
    APP_QUERY_CACHE_ENABLED="$cache" APP_RATE_LIMIT_REQUESTS_PER_USER=1000000000 QUARKUS_LOG_LEVEL=WARN
done
wait_until_ready $CACHED $UNCACHED

json=(-H 'Content-Type: application/json')
credentials='{"email":"measure@example.org","password":"a passphrase to measure with"}'
curl -sf "${json[@]}" -d "$credentials" "localhost:$CACHED/api/users/register" > /dev/null
token=$(curl -sf "${json[@]}" -d "$credentials" "localhost:$CACHED/api/users/login" \
  | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
user_id=$(curl -sf -H "Authorization: Bearer $token" "localhost:$CACHED/api/users/me" \
  | sed -E 's/.*"id":"([^"]+)".*/\1/')

# The user's 20 lists of 20 items, among 10,000 lists of 500 other users.
psql -h localhost -U postgres -d $DB -q <<SQL
INSERT INTO todo_lists (id, owner_id, title, colour)
SELECT nextval('todo_list_ids'), 'other-user-' || (n % 500), 'List ' || n, '#FFFFFF'
FROM generate_series(1, 10000) AS n;
INSERT INTO todo_lists (id, owner_id, title, colour)
SELECT nextval('todo_list_ids'), '$user_id', 'List ' || n, '#FFFFFF' FROM generate_series(1, 20) AS n;
INSERT INTO todo_items (id, list_id, title, priority, done)
SELECT nextval('todo_item_ids'), l.id, 'Item ' || n, n % 4, n % 3 = 0
FROM todo_lists l CROSS JOIN generate_series(1, 20) AS n WHERE l.owner_id = '$user_id';
ANALYZE;
SQL
# A write through the API, as every user's data comes from one: it gives the user a cache generation.
first_list=$(psql -h localhost -U postgres -d $DB -tAc \
  "SELECT id FROM todo_lists WHERE owner_id = '$user_id' AND title = 'List 1'")
curl -sf -X PUT -H "Authorization: Bearer $token" "${json[@]}" -d '{"title":"List 1","colour":"#FFFFFF"}' \
  "localhost:$CACHED/api/todo-lists/$first_list"

load() { # port seconds -> "requests/s p99"
  wrk -t2 -c"$CONNECTIONS" -d"${2}s" --latency -H "Authorization: Bearer $token" \
    "http://localhost:$1/api/todo-lists" > "$work/wrk.txt"
  grep -q "Non-2xx" "$work/wrk.txt" && { cat "$work/wrk.txt"; echo "errors under load" >&2; exit 1; }
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
  echo "$rps $p99"
}

echo "warming up each instance for ${WARM_UP_SECONDS}s"
load $UNCACHED "$WARM_UP_SECONDS" > /dev/null
load $CACHED "$WARM_UP_SECONDS" > /dev/null

printf '%-6s %-28s %-28s %s\n' round "cache off (req/s, p99)" "cache warm (req/s, p99)" "warm/off"
off_total=0
warm_total=0
for round in $(seq 1 "$ROUNDS"); do
  read -r off_rps off_p99 <<< "$(load $UNCACHED "$SECONDS_PER_RUN")"
  read -r warm_rps warm_p99 <<< "$(load $CACHED "$SECONDS_PER_RUN")"
  off_total=$(echo "$off_total + $off_rps" | bc -l)
  warm_total=$(echo "$warm_total + $warm_rps" | bc -l)
  printf '%-6s %-28s %-28s %.2f\n' "$round" "$off_rps, $off_p99" "$warm_rps, $warm_p99" \
    "$(echo "$warm_rps / $off_rps" | bc -l)"
done
printf 'overall: the warm cache serves %.2f times the requests per second of no cache\n' \
  "$(echo "$warm_total / $off_total" | bc -l)"
