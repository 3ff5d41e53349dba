#!/usr/bin/env bash
# Start-up of the packaged JVM service (docs/performance.md): the time from launching the process to
# its first successful answer of GET /q/health/ready (PostgreSQL and Redis reached, Flyway done),
# and its resident memory (RSS) right after, over several starts; prints each start and the
# medians.
#
#   ./mvnw package -DskipTests && STARTS=5 scripts/measure-start-up.sh
#
# Needs PostgreSQL and Redis as the tests do; each start uses the database measure_start_up.
set -euo pipefail
cd "$(dirname "$0")/.."

STARTS=${STARTS:-5}
PORT=8291
DB=measure_start_up
psql -h localhost -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

source scripts/packaged-service.sh
now_ms() { date +%s%3N; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf '%-6s %-22s %s\n' start "first answer (ms)" "RSS (MiB)"
for start in $(seq 1 "$STARTS"); do
  launched=$(now_ms)
  start_service $PORT "jdbc:postgresql://localhost:5432/$DB" "redis://localhost:6379/11"
  pid=${pids[-1]}
  until curl -sf -o /dev/null "localhost:$PORT/q/health/ready"; do
    kill -0 "$pid" 2> /dev/null || { cat "$work/instance-$PORT.log" >&2; exit 1; }
    sleep 0.02
  done
  answered=$(now_ms)
  rss_kib=$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status")
  kill "$pid"
  wait "$pid" 2> /dev/null || true
  echo "$((answered - launched)) $((rss_kib / 1024))" >> "$work/starts"
  printf '%-6s %-22s %s\n' "$start" "$((answered - launched))" "$((rss_kib / 1024))"
done
echo "median: first answer $(cut -d' ' -f1 "$work/starts" | median) ms, RSS $(cut -d' ' -f2 "$work/starts" | median) MiB"
