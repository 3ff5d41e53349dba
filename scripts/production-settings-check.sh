#!/usr/bin/env bash
# Checks the packaged service's production start: with none of the settings production requires,
# it exits with 1 and one message that names every one of them, without a stack trace; with them
# all, it starts and becomes ready. Exits non-zero on the first mismatch.
#
#   scripts/production-settings-check.sh      (packages the service first if api/target holds no build)
#
# Needs PostgreSQL and Redis as the tests do; DB_URL names the database (default:
# production_settings on localhost, created if missing), REDIS_URL the Redis (default: database 8
# on localhost).
set -euo pipefail
cd "$(dirname "$0")/.."

DB_URL=${DB_URL:-jdbc:postgresql://localhost:5432/production_settings}
REDIS_URL=${REDIS_URL:-redis://localhost:6379/8}
PORT=8183
REQUIRED=(DB_URL DB_PASSWORD REDIS_URL APP_IDENTITY_TOKENS_SIGNING_KEY_LOCATION CORS_ORIGINS)

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }

if [[ "$DB_URL" == jdbc:postgresql://localhost:5432/production_settings ]]; then
  psql -h localhost -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'production_settings'" | grep -q 1 \
    || psql -h localhost -U postgres -d postgres -qc "CREATE DATABASE production_settings"
fi

source scripts/packaged-service.sh

# Nothing set: only what finds java, so no setting of the calling shell leaks in.
bare_log="$work/without-settings.log"
status=0
env -i PATH="$PATH" HOME="$HOME" QUARKUS_HTTP_PORT=$PORT timeout 120 java -jar "$APP" > "$bare_log" 2>&1 || status=$?
[ "$status" -eq 1 ] || { cat "$bare_log" >&2; fail "without settings the service exited with $status, not 1"; }
pass "without settings the service exits with 1"

[ "$(grep -c 'Production needs settings that are missing' "$bare_log")" -eq 1 ] \
  || { cat "$bare_log" >&2; fail "no single message about the missing settings"; }
for variable in "${REQUIRED[@]}"; do
  grep -q "^  - $variable: " "$bare_log" || { cat "$bare_log" >&2; fail "the message does not name $variable"; }
done
pass "one message names ${REQUIRED[*]}"

if grep -Eq '^\s+at [a-z]|Exception' "$bare_log"; then
  cat "$bare_log" >&2
  fail "the refusal comes with a stack trace"
fi
pass "no stack trace"

start_service $PORT "$DB_URL" "$REDIS_URL"
wait_until_ready $PORT || fail "with every required setting the service did not become ready"
pass "with every required setting the service starts and is ready"
