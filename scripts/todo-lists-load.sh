# Shared by the scripts that load GET /api/todo-lists of the packaged service: source it after
# scripts/packaged-service.sh, call add_measured_user once the service is ready, then load_todo_lists
# for each run. CONNECTIONS (16 by default) is the number of requests wrk keeps in flight.

CONNECTIONS=${CONNECTIONS:-16}

# add_measured_user PORT DB: registers and logs in a user through the service on PORT, gives it 20
# lists of 20 items among 10,000 lists of 500 other users, with SQL, and makes one write through the
# API, as every user's data comes from one (it gives the user a cache generation). Leaves the user's
# access token in $token and its id in $user_id.
add_measured_user() {
  local port=$1 db=$2
  local json=(-H 'Content-Type: application/json')
  token=$(register_and_log_in "$port" measure@example.org)
  user_id=$(curl -sf -H "Authorization: Bearer $token" "localhost:$port/api/users/me" \
    | sed -E 's/.*"id":"([^"]+)".*/\1/')

  psql -h localhost -U postgres -d "$db" -q <<SQL
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
  local first_list
  first_list=$(psql -h localhost -U postgres -d "$db" -tAc \
    "SELECT id FROM todo_lists WHERE owner_id = '$user_id' AND title = 'List 1'")
  curl -sf -X PUT -H "Authorization: Bearer $token" "${json[@]}" \
    -d '{"title":"List 1","colour":"#FFFFFF"}' "localhost:$port/api/todo-lists/$first_list"
}

# load_todo_lists PORT SECONDS: wrk's report, with latency percentiles, of the measured user's
# GET /api/todo-lists on PORT, in $work/wrk.txt; fails, showing it, if any answer was not 2xx.
load_todo_lists() {
  wrk -t2 -c"$CONNECTIONS" -d"${2}s" --latency -H "Authorization: Bearer $token" \
    "http://localhost:$1/api/todo-lists" > "$work/wrk.txt"
  if grep -q "Non-2xx" "$work/wrk.txt"; then
    cat "$work/wrk.txt" >&2
    echo "errors under load on port $1" >&2
    return 1
  fi
}
