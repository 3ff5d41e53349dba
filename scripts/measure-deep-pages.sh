#!/usr/bin/env bash
# Measures what a page deep in a long list costs against the first page, paging by number and by
# cursor, side by side in one run: GET /api/todo-items on a list of 1,000,000 items (inserted with
# SQL) through the packaged service, page size 10, the first page and the page 50,000 pages deep.
# Each of the four requests is timed in turn with curl, REPEATS times after WARM_UP untimed rounds,
# and the script prints the p50 of each and the ratio deep / first of each way of paging.
#
#   scripts/measure-deep-pages.sh
#
# ITEMS=1000000 DEEP_PAGE=50001 WARM_UP=5 REPEATS=21 by default. Needs openssl, psql, and
# PostgreSQL and Redis as the tests do.
set -euo pipefail
cd "$(dirname "$0")/.."

ITEMS=${ITEMS:-1000000}
DEEP_PAGE=${DEEP_PAGE:-50001}
WARM_UP=${WARM_UP:-5}
REPEATS=${REPEATS:-21}
PAGE_SIZE=10
DB=measure_deep_pages
REDIS_URL=${REDIS_URL:-redis://localhost:6379/10}
PORT=8283

psql -h localhost -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
redis-cli -u "$REDIS_URL" flushdb > /dev/null

source scripts/packaged-service.sh
start_service $PORT "jdbc:postgresql://localhost:5432/$DB" "$REDIS_URL" \
  APP_RATE_LIMIT_REQUESTS_PER_USER=1000000000 APP_MEDIATOR_REQUEST_LOG_LEVEL=OFF
wait_until_ready $PORT

json=(-H 'Content-Type: application/json')
token=$(register_and_log_in $PORT measure@example.org)
auth=(-H "Authorization: Bearer $token")
list=$(curl -sf -D - -o /dev/null "${auth[@]}" "${json[@]}" -d '{"title":"A long list"}' \
  "localhost:$PORT/api/todo-lists" | tr -d '\r' | sed -nE 's|^[Ll]ocation: .*/([0-9]+)$|\1|p')

echo "inserting $ITEMS items into one list"
psql -h localhost -U postgres -d $DB -q <<SQL
INSERT INTO todo_items (id, list_id, title, priority, done)
SELECT nextval('todo_item_ids'), $list, 'Item ' || lpad(n::text, 7, '0'), n % 4, n % 3 = 0
FROM generate_series(1, $ITEMS) AS n;
VACUUM ANALYZE todo_items;
SQL

items="localhost:$PORT/api/todo-items?listId=$list&pageSize=$PAGE_SIZE"
# The cursor of the deep page is the one the page before it answers.
deep_cursor=$(curl -sf "${auth[@]}" "$items&pageNumber=$((DEEP_PAGE - 1))" \
  | sed -E 's/.*"nextCursor":"([^"]+)".*/\1/')
declare -A urls=(
  [number_first]="$items&pageNumber=1"
  [number_deep]="$items&pageNumber=$DEEP_PAGE"
  [cursor_first]="$items&cursor=first"
  [cursor_deep]="$items&cursor=$deep_cursor"
)
order=(number_first number_deep cursor_first cursor_deep)

# The deep pages must show the same items either way, or the comparison means nothing.
first_title() { curl -sf "${auth[@]}" "$1" | sed -E 's/^\{"items":\[\{[^}]*"title":"([^"]+)".*/\1/'; }
[ "$(first_title "${urls[number_deep]}")" = "$(first_title "${urls[cursor_deep]}")" ] \
  || { echo "the deep pages differ" >&2; exit 1; }

time_request() { # url -> seconds
  curl -sf -o /dev/null -w '%{time_total}\n' "${auth[@]}" "$1"
}
echo "warming up: $WARM_UP rounds"
for _ in $(seq 1 "$WARM_UP"); do
  for name in "${order[@]}"; do time_request "${urls[$name]}" > /dev/null; done
done
echo "timing: $REPEATS rounds"
for _ in $(seq 1 "$REPEATS"); do
  for name in "${order[@]}"; do time_request "${urls[$name]}" >> "$work/$name"; done
done

p50() { sort -n "$work/$1" | awk '{ v[NR] = $1 } END { printf "%.2f", v[int((NR + 1) / 2)] * 1000 }'; }
printf '%-10s %-18s %-26s %s\n' paging "first page p50" "page $DEEP_PAGE p50" "deep / first"
for mode in number cursor; do
  first=$(p50 "${mode}_first")
  deep=$(p50 "${mode}_deep")
  printf '%-10s %-18s %-26s %.2f\n' "$mode" "$first ms" "$deep ms" "$(echo "$deep / $first" | bc -l)"
done
