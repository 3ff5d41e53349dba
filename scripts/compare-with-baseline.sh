#!/usr/bin/env bash
# What the architecture costs (docs/performance.md): GET /api/todo-lists of the packaged service
# against the same request answered by a plain Quarkus application (benchmarks/baseline: Panache
# entities and one resource; no mediator, no layers, no cache, no rate limit), side by side in one
# run, for a user with 20 lists of 20 items among 10,000 lists of 500 other users. Both read one
# database and accept the same tokens. The script checks that they answer the same JSON, byte for
# byte, warms each up, then loads them with wrk in turn, several rounds, and prints for each:
# requests per second, p50 and p99, and the CPU time per request of its JVM and of the PostgreSQL
# backends serving the database (user and system time from /proc over the run, divided by the
# requests wrk counted), with the ratios service / baseline, per round and overall (the mean of
# the rounds; CPU per request over all of them).
#
#   scripts/compare-with-baseline.sh
#
# QUERY_CACHE=both measures the service twice, with its query cache (APP_QUERY_CACHE_ENABLED) off
#   and on, each against the baseline; off or on runs only that one.
# REQUEST_LOG_LEVEL=INFO is the service's request log line (APP_MEDIATOR_REQUEST_LOG_LEVEL), its
#   default; DEBUG or OFF measure it without.
# ROUNDS=3 SECONDS_PER_RUN=20 CONNECTIONS=16 WARM_UP_SECONDS=90 by default. Builds the service
# (./mvnw package -DskipTests) and the baseline (-Pbenchmarks) if their builds are missing. Needs
# wrk, openssl, psql, and PostgreSQL (on this machine, for its CPU time) and Redis as the tests do.
set -euo pipefail
cd "$(dirname "$0")/.."

QUERY_CACHE=${QUERY_CACHE:-both}
REQUEST_LOG_LEVEL=${REQUEST_LOG_LEVEL:-INFO}
ROUNDS=${ROUNDS:-3}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-20}
WARM_UP_SECONDS=${WARM_UP_SECONDS:-90}
DB=compare_with_baseline
DB_URL=jdbc:postgresql://localhost:5432/$DB
REDIS_URL=${REDIS_URL:-redis://localhost:6379/12}
BASELINE_APP=benchmarks/baseline/target/quarkus-app/quarkus-run.jar
BASELINE_PORT=8381
CLOCK_TICKS_PER_SECOND=$(getconf CLK_TCK)

case $QUERY_CACHE in
  both) caches=(off on) ;;
  off | on) caches=("$QUERY_CACHE") ;;
  *) sed -n '2,21p' "$0" >&2; exit 2 ;;
esac
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
psql -h localhost -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
redis-cli -u "$REDIS_URL" flushdb > /dev/null

source scripts/packaged-service.sh
source scripts/todo-lists-load.sh
[ -f "$BASELINE_APP" ] || ./mvnw -q -Pbenchmarks package -pl benchmarks/baseline -am -DskipTests

# The instances, the baseline first: their names, ports and JVM processes.
labels=(baseline)
ports=($BASELINE_PORT)
jvms=()
for cache in "${caches[@]}"; do
  port=$((BASELINE_PORT + ${#ports[@]}))
  enabled=false
  [ "$cache" = on ] && enabled=true
  # One token serves the whole run, however long it lasts.
  start_service "$port" "$DB_URL" "$REDIS_URL" APP_QUERY_CACHE_ENABLED=$enabled \
    APP_MEDIATOR_REQUEST_LOG_LEVEL="$REQUEST_LOG_LEVEL" APP_RATE_LIMIT_REQUESTS_PER_USER=1000000000 \
    APP_IDENTITY_TOKENS_ACCESS_TOKEN_LIFETIME=24h
  labels+=("service, cache $cache")
  ports+=("$port")
  jvms+=("${pids[-1]}")
done
wait_until_ready "${ports[@]:1}"
add_measured_user "${ports[1]}" $DB

# The baseline starts once the service has migrated the database, and verifies the service's tokens
# with the public half of its signing key.
openssl pkey -in "$work/signing-key.pem" -pubout -out "$work/public-key.pem"
DB_URL=$DB_URL DB_PASSWORD=${DB_PASSWORD:-} QUARKUS_HTTP_PORT=$BASELINE_PORT \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$work/public-key.pem" \
  java -jar "$BASELINE_APP" > "$work/instance-$BASELINE_PORT.log" 2>&1 &
pids+=($!)
jvms=("$!" "${jvms[@]}")

answer() { # port -> the body of GET /api/todo-lists
  curl -sf -H "Authorization: Bearer $token" "localhost:$1/api/todo-lists"
}
for _ in $(seq 1 60); do
  answer $BASELINE_PORT > "$work/baseline.json" && break
  sleep 1
done
answer $BASELINE_PORT > "$work/baseline.json" || {
  cat "$work/instance-$BASELINE_PORT.log" >&2
  echo "The baseline on port $BASELINE_PORT does not answer." >&2
  exit 1
}

# Unless both answer the same, the comparison means nothing. Twice, so that a cached answer is
# compared too.
for i in "${!ports[@]}"; do
  [ "$i" -eq 0 ] && continue
  for _ in 1 2; do
    answer "${ports[$i]}" > "$work/service.json"
    cmp -s "$work/service.json" "$work/baseline.json" || {
      echo "The service (${labels[$i]}) and the baseline answer differently, first where they differ:" >&2
      diff <(tr , '\n' < "$work/service.json") <(tr , '\n' < "$work/baseline.json") | head -20 >&2
      exit 1
    }
  done
done
echo "the service and the baseline answer the same $(wc -c < "$work/baseline.json") bytes of JSON"

ticks() { # pid -> the CPU time the process has used, user and system, in clock ticks
  sed 's/.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'
}
backend_ticks() { # -> "pid ticks" of each PostgreSQL backend connected to the database
  local pid used
  for pid in $(psql -h localhost -U postgres -d postgres -tAc \
    "SELECT pid FROM pg_stat_activity WHERE datname = '$DB'"); do
    used=$(ticks "$pid" 2> /dev/null) && echo "$pid $used"
  done
}
# The ticks backends used between two listings; one that started meanwhile counts from zero.
backend_ticks_between() {
  awk 'NR == FNR { before[$1] = $2; next } { used += $2 - before[$1] } END { print used + 0 }' "$1" "$2"
}
per_request_us() { # ticks requests -> microseconds of CPU time per request
  awk -v ticks="$1" -v requests="$2" -v hz="$CLOCK_TICKS_PER_SECOND" \
    'BEGIN { printf "%.0f", ticks / hz * 1e6 / requests }'
}
latency_ms() { # percentile -> that latency of the last run, in milliseconds
  awk -v p="$1" '$1 == p {
    v = $2
    if (v ~ /us$/) v *= 0.001; else if (v ~ /ms$/) v += 0; else if (v ~ /m$/) v *= 60000; else v *= 1000
    printf "%.2f", v
  }' "$work/wrk.txt"
}

# Each instance's totals over the rounds, by its index.
declare -a sum_rps sum_p50 sum_p99 all_requests all_jvm_ticks all_backend_ticks
# measure INDEX: one run of SECONDS_PER_RUN on that instance; leaves its figures in rps, p50, p99,
# jvm_us and backend_us at the index, and adds them to its totals.
declare -a rps p50 p99 jvm_us backend_us
measure() {
  local i=$1 jvm_before jvm_used backend_used requests
  jvm_before=$(ticks "${jvms[$i]}")
  backend_ticks > "$work/backends-before"
  load_todo_lists "${ports[$i]}" "$SECONDS_PER_RUN"
  jvm_used=$(($(ticks "${jvms[$i]}") - jvm_before))
  backend_ticks > "$work/backends-after"
  backend_used=$(backend_ticks_between "$work/backends-before" "$work/backends-after")
  requests=$(awk '/ requests in / { print $1 }' "$work/wrk.txt")
  rps[$i]=$(awk '/Requests\/sec/ { print $2 }' "$work/wrk.txt")
  p50[$i]=$(latency_ms 50%)
  p99[$i]=$(latency_ms 99%)
  jvm_us[$i]=$(per_request_us "$jvm_used" "$requests")
  backend_us[$i]=$(per_request_us "$backend_used" "$requests")
  sum_rps[$i]=$(awk -v a="${sum_rps[$i]:-0}" -v b="${rps[$i]}" 'BEGIN { print a + b }')
  sum_p50[$i]=$(awk -v a="${sum_p50[$i]:-0}" -v b="${p50[$i]}" 'BEGIN { print a + b }')
  sum_p99[$i]=$(awk -v a="${sum_p99[$i]:-0}" -v b="${p99[$i]}" 'BEGIN { print a + b }')
  all_requests[$i]=$((${all_requests[$i]:-0} + requests))
  all_jvm_ticks[$i]=$((${all_jvm_ticks[$i]:-0} + jvm_used))
  all_backend_ticks[$i]=$((${all_backend_ticks[$i]:-0} + backend_used))
}

ratio() { # value baseline -> value / baseline
  awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "-"; else printf "%.2f", a / b }'
}
# print_table TITLE: the figures in rps, p50, p99, jvm_us and backend_us, each service's with its
# ratios to the baseline's under it.
print_table() {
  printf '\n%-32s %10s %9s %9s %15s %19s\n' "$1" req/s "p50 ms" "p99 ms" "JVM CPU us/req" \
    "PostgreSQL us/req"
  local i
  for i in "${!ports[@]}"; do
    printf '%-32s %10s %9s %9s %15s %19s\n' "${labels[$i]}" "${rps[$i]}" "${p50[$i]}" \
      "${p99[$i]}" "${jvm_us[$i]}" "${backend_us[$i]}"
    [ "$i" -eq 0 ] && continue
    printf '%-32s %10s %9s %9s %15s %19s\n' "  ${labels[$i]} / baseline" \
      "$(ratio "${rps[$i]}" "${rps[0]}")" "$(ratio "${p50[$i]}" "${p50[0]}")" \
      "$(ratio "${p99[$i]}" "${p99[0]}")" "$(ratio "${jvm_us[$i]}" "${jvm_us[0]}")" \
      "$(ratio "${backend_us[$i]}" "${backend_us[0]}")"
  done
}

for i in "${!ports[@]}"; do
  echo "warming up ${labels[$i]} for ${WARM_UP_SECONDS}s"
  load_todo_lists "${ports[$i]}" "$WARM_UP_SECONDS"
done

for round in $(seq 1 "$ROUNDS"); do
  for i in "${!ports[@]}"; do measure "$i"; done
  print_table "round $round"
done

for i in "${!ports[@]}"; do
  rps[$i]=$(awk -v sum="${sum_rps[$i]}" -v n="$ROUNDS" 'BEGIN { printf "%.2f", sum / n }')
  p50[$i]=$(awk -v sum="${sum_p50[$i]}" -v n="$ROUNDS" 'BEGIN { printf "%.2f", sum / n }')
  p99[$i]=$(awk -v sum="${sum_p99[$i]}" -v n="$ROUNDS" 'BEGIN { printf "%.2f", sum / n }')
  jvm_us[$i]=$(per_request_us "${all_jvm_ticks[$i]}" "${all_requests[$i]}")
  backend_us[$i]=$(per_request_us "${all_backend_ticks[$i]}" "${all_requests[$i]}")
done
print_table "overall"
