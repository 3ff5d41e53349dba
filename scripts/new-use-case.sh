#!/usr/bin/env bash
# Adds a use case to a feature: scripts/NewUseCase.java writes the request, its handler, a test of
# the handler that fails until the handler is written, the endpoint and the examples of its JSON
# bodies (with --validator, also a RequestValidator and its test); then this formats the code and
# writes the API contract anew (OpenApiContractTest with -DupdateContract=true, which starts the
# service against TEST_DB_URL and TEST_REDIS_URL), so that only the new tests fail.
#
# Usage: scripts/new-use-case.sh --feature FEATURE --name NAME --kind command|query
#          [--method POST|PUT|PATCH|DELETE] [--path PATH] [--validator], or --help
#   e.g. scripts/new-use-case.sh --feature orders --name CreateOrder --kind command
# Maven options, such as -o, go in MAVEN_ARGS.
set -euo pipefail

cd "$(dirname "$0")/.."
if [[ " $* " == *" --help "* ]]; then
  exec java scripts/NewUseCase.java --help
fi
java scripts/NewUseCase.java "$@"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! ./mvnw -B spotless:apply verify -pl api -am -Dtest=OpenApiContractTest \
  -Dsurefire.failIfNoSpecifiedTests=false -DupdateContract=true -Dquarkus.http.test-port=0 >"$log" 2>&1; then
  tail -n 60 "$log" >&2
  echo "The use case is written, but formatting it or writing the new contract failed (above)." >&2
  exit 1
fi
echo "Formatted the code and wrote the new API contract: review the diff of api/src/test/resources/openapi.yaml."
