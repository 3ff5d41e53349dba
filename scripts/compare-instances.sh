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
WARM_UP_SECONDS=${WARM_UP_SECONDS:-30}
DB=compare_instances
REDIS_URL=${REDIS_URL:-redis://localhost:6379/10}
FIRST=8281
SECOND=8282

command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
psql -h localhost -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
redis-cli -u "$REDIS_URL" flushdb > /dev/null

source scripts/packaged-service.sh
source scripts/todo-lists-load.sh
start_service $FIRST "jdbc:postgresql://localhost:5432/$DB" "$REDIS_URL" \
  APP_RATE_LIMIT_REQUESTS_PER_USER=1000000000 "${FIRST_SETTINGS[@]}"
start_service $SECOND "jdbc:postgresql://localhost:5432/$DB" "$REDIS_URL" \
  APP_RATE_LIMIT_REQUESTS_PER_USER=1000000000 "${SECOND_SETTINGS[@]}"
wait_until_ready $FIRST $SECOND

add_measured_user $FIRST $DB

load() { # port seconds -> "requests/s p99"
  load_todo_lists "$1" "$2" || exit 1
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
