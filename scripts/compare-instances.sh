#!/usr/bin/env bash
# Loads two instances of the packaged service that differ only in the settings given, side by side
# in one run: GET /api/todo-lists for a user with 20 lists of 20 items, among 10,000 lists of 500
# other users. Both share one PostgreSQL and Redis; wrk loads them in turn, several rounds, after a
# warm-up of each, and the script prints requests per second and p99 for both and the ratio of the
# second to the first. Absolute figures vary with the machine; the ratio is the result.
#
#   scripts/compare-instances.sh LABEL "NAME=VALUE..." LABEL "NAME=VALUE..."
#   e.g. scripts/compare-instances.sh "cache off" APP_QUERY_CACHE_ENABLED=false \
#                                     "cache warm" APP_QUERY_CACHE_ENABLED=true
#
# ROUNDS=3 SECONDS_PER_RUN=15 CONNECTIONS=16 WARM_UP_SECONDS=30 by default. Each instance logs to a
# file, at INFO unless its settings say otherwise, and has the rate limit raised out of the way.
# Needs wrk (apt-get install wrk), openssl, psql, and PostgreSQL and Redis as the tests do.
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -eq 4 ] || { sed -n '2,14p' "$0" >&2; exit 2; }
FIRST_LABEL=$1
read -r -a FIRST_SETTINGS <<< "$2"
SECOND_LABEL=$3
read -r -a SECOND_SETTINGS <<< "$4"
ROUNDS=${ROUNDS:-3}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-15}
CONNECTIONS=${CONNECTIONS:-16}
WARM_UP_SECONDS=${WARM_UP_SECONDS:-30}
DB=compare_instances
REDIS_URL=${REDIS_URL:-redis://localhost:6379/10}
FIRST=8281
SECOND=8282

command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
psql -h localhost -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
redis-cli -u "$REDIS_URL" flushdb > /dev/null

source scripts/packaged-service.sh
start_service $FIRST "jdbc:postgresql://localhost:5432/$DB" "$REDIS_URL" \
  APP_RATE_LIMIT_REQUESTS_PER_USER=1000000000 "${FIRST_SETTINGS[@]}"
start_service $SECOND "jdbc:postgresql://localhost:5432/$DB" "$REDIS_URL" \
  APP_RATE_LIMIT_REQUESTS_PER_USER=1000000000 "${SECOND_SETTINGS[@]}"
wait_until_ready $FIRST $SECOND

json=(-H 'Content-Type: application/json')
credentials='{"email":"measure@example.org","password":"a passphrase to measure with"}'
curl -sf "${json[@]}" -d "$credentials" "localhost:$FIRST/api/users/register" > /dev/null
token=$(curl -sf "${json[@]}" -d "$credentials" "localhost:$FIRST/api/users/login" \
  | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
user_id=$(curl -sf -H "Authorization: Bearer $token" "localhost:$FIRST/api/users/me" \
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
  "localhost:$FIRST/api/todo-lists/$first_list"

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
load $FIRST "$WARM_UP_SECONDS" > /dev/null
load $SECOND "$WARM_UP_SECONDS" > /dev/null

printf '%-6s %-28s %-28s %s\n' round "$FIRST_LABEL (req/s, p99)" "$SECOND_LABEL (req/s, p99)" ratio
first_total=0
second_total=0
for round in $(seq 1 "$ROUNDS"); do
  read -r first_rps first_p99 <<< "$(load $FIRST "$SECONDS_PER_RUN")"
  read -r second_rps second_p99 <<< "$(load $SECOND "$SECONDS_PER_RUN")"
  first_total=$(echo "$first_total + $first_rps" | bc -l)
  second_total=$(echo "$second_total + $second_rps" | bc -l)
  printf '%-6s %-28s %-28s %.3f\n' "$round" "$first_rps, $first_p99" "$second_rps, $second_p99" \
    "$(echo "$second_rps / $first_rps" | bc -l)"
done
printf 'overall: %s serves %.3f times the requests per second of %s\n' "$SECOND_LABEL" \
  "$(echo "$second_total / $first_total" | bc -l)" "$FIRST_LABEL"
