#!/usr/bin/env bash
# Starts the packaged service twice, on two ports, against the same PostgreSQL and Redis, and checks
# what the instances must share: a write through one is read fresh through the other (also once the
# other has cached it), both count against one rate limit, and an idempotency key used on one is
# replayed by the other. Exits non-zero on the first mismatch.
#
#   scripts/two-instances.sh      (packages the service first if api/target holds no build)
#
# Needs PostgreSQL and Redis as the tests do; DB_URL names the database (default: two_instances on
# localhost, created if missing), REDIS_URL the Redis (default: database 9 on localhost).
set -euo pipefail
cd "$(dirname "$0")/.."

DB_URL=${DB_URL:-jdbc:postgresql://localhost:5432/two_instances}
REDIS_URL=${REDIS_URL:-redis://localhost:6379/9}
PORTS=(8181 8182)

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }

if [[ "$DB_URL" == jdbc:postgresql://localhost:5432/two_instances ]]; then
  psql -h localhost -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'two_instances'" | grep -q 1 \
    || psql -h localhost -U postgres -d postgres -qc "CREATE DATABASE two_instances"
fi

source scripts/packaged-service.sh
for port in "${PORTS[@]}"; do
  start_service "$port" "$DB_URL" "$REDIS_URL"
done
wait_until_ready "${PORTS[@]}" || fail "an instance did not become ready"
one=localhost:${PORTS[0]}/api
other=localhost:${PORTS[1]}/api
pass "two instances ready on ports ${PORTS[*]}"

field() { sed -E "s/.*\"$1\":\"?([^\",}]+)\"?.*/\1/"; }
header() { grep -i "^$1:" | tr -d '\r' | cut -d' ' -f2-; }
json=(-H 'Content-Type: application/json')

email="two-instances-$(date +%s%N)@example.org"
password="a passphrase for two instances"
curl -sf "${json[@]}" -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$one/users/register" > /dev/null \
  || fail "register through the first instance"
token=$(curl -sf "${json[@]}" -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$other/users/login" | field accessToken)
auth=(-H "Authorization: Bearer $token")
pass "registered through one instance, logged in through the other"

location=$(curl -sf -D - -o /dev/null "${auth[@]}" "${json[@]}" -d '{"title":"Shared"}' "$one/todo-lists" | header Location)
list_id=${location##*/}
curl -sf "${auth[@]}" "$other/todo-lists/$list_id" | grep -q '"title":"Shared"' \
  || fail "a list created through one instance is not read through the other"
curl -sf "${auth[@]}" "$other/todo-lists" | grep -q '"title":"Shared"' || fail "list of lists"
curl -sf "${auth[@]}" "$other/todo-lists" > /dev/null # cached by the second instance now
curl -sf -X PUT "${auth[@]}" "${json[@]}" -d '{"title":"Renamed","colour":"#FFFFFF"}' "$one/todo-lists/$list_id" \
  || fail "rename through the first instance"
curl -sf "${auth[@]}" "$other/todo-lists" | grep -q '"title":"Renamed"' \
  || fail "the second instance served its cached lists after a rename through the first"
curl -sf "${auth[@]}" "$other/todo-lists/$list_id" | grep -q '"title":"Renamed"' \
  || fail "the second instance served its cached list after a rename through the first"
pass "writes through one instance are read fresh through the other"

remaining_one=$(curl -sf -D - -o /dev/null "${auth[@]}" "$one/todo-lists" | header RateLimit-Remaining)
remaining_other=$(curl -sf -D - -o /dev/null "${auth[@]}" "$other/todo-lists" | header RateLimit-Remaining)
[ -n "$remaining_one" ] && [ -n "$remaining_other" ] || fail "no RateLimit-Remaining header"
[ "$remaining_other" -lt "$remaining_one" ] \
  || fail "the instances count separately: $remaining_one left on one, then $remaining_other on the other"
pass "both instances count against one rate limit ($remaining_one, then $remaining_other left)"

key=(-H "Idempotency-Key: two-instances-$(date +%s%N)")
first=$(curl -sf -D - -o /dev/null "${auth[@]}" "${json[@]}" "${key[@]}" -d '{"title":"Once"}' "$one/todo-lists" | header Location)
again=$(curl -sf -D - -o /dev/null "${auth[@]}" "${json[@]}" "${key[@]}" -d '{"title":"Once"}' "$other/todo-lists" | header Location)
# Locations are absolute, each with the address of the instance that answered.
[ -n "$first" ] && [ "${first#*/api/}" = "${again#*/api/}" ] \
  || fail "the idempotency key was not replayed across instances: $first, then $again"
[ "$(curl -sf "${auth[@]}" "$one/todo-lists" | grep -o '"title":"Once"' | wc -l)" -eq 1 ] \
  || fail "the replayed create made a second list"
pass "an idempotency key used on one instance is replayed by the other"

echo "two instances agree"
