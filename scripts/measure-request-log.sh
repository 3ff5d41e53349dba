#!/usr/bin/env bash
# What the mediator's per-request log line costs (docs/performance.md): the same load on an instance
# that logs a line as each request starts (the default, INFO) and on one that does not (OFF), both
# writing their log to a file, with the query cache warm, where requests are cheapest and the line
# weighs most.
#   WARM_UP_SECONDS=90 ROUNDS=5 SECONDS_PER_RUN=20 scripts/measure-request-log.sh
exec "$(dirname "$0")/compare-instances.sh" \
  "request log INFO" "APP_MEDIATOR_REQUEST_LOG_LEVEL=INFO" \
  "request log OFF" "APP_MEDIATOR_REQUEST_LOG_LEVEL=OFF"
