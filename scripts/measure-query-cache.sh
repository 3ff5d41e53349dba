#!/usr/bin/env bash
# What the query cache gains (docs/performance.md): the same load on an instance with the cache off
# and on one with it warm, logging only warnings, so that nothing but the cache differs.
#   WARM_UP_SECONDS=90 ROUNDS=3 SECONDS_PER_RUN=20 scripts/measure-query-cache.sh
exec "$(dirname "$0")/compare-instances.sh" \
  "cache off" "APP_QUERY_CACHE_ENABLED=false QUARKUS_LOG_LEVEL=WARN" \
  "cache warm" "APP_QUERY_CACHE_ENABLED=true QUARKUS_LOG_LEVEL=WARN"
