#!/usr/bin/env bash
# Checks the archetype end to end: generates the service com.example:orders with the base package
# com.example.orders twice, with the Todo sample and without it (new-service.sh --without-sample),
# fails if any file of either still names the template's package or keeps a sample marker, or if
# any file of the one without the sample still names the sample (the architecture guide and the
# decisions, which explain the template with it, aside), and runs the full ./mvnw verify of each.
# Their tests read TEST_DB_URL and TEST_REDIS_URL, as the template's do. After a deliberate change to
# the API, UPDATE_CONTRACT=true writes the OpenAPI contract of the service without the sample anew,
# into scripts/openapi-without-sample.yaml, for review like any other change.
#
# Usage: [UPDATE_CONTRACT=true] scripts/generated-project-check.sh (Maven options, such as -o, go in
#   MAVEN_ARGS)
set -euo pipefail

cd "$(dirname "$0")/.."
readonly TEMPLATE=$PWD
readonly WORK_DIR=$(mktemp -d)
readonly LOCAL_REPOSITORY=$HOME/.m2/repository

# The archetype is installed into the local repository to generate the projects; the repository
# is left as it was.
clean_up() {
  rm -rf "$WORK_DIR" "$LOCAL_REPOSITORY/org/acme" "$LOCAL_REPOSITORY/com/example"
}
trap clean_up EXIT

fail_if_found() {
  local what=$1
  shift
  local found
  if found=$(grep -rlI "$@" .); then
    echo "The generated project $PWD still $what in:" >&2
    echo "$found" >&2
    exit 1
  fi
}

scripts/new-service.sh com.example orders com.example.orders "$WORK_DIR/with-sample"
scripts/new-service.sh --without-sample com.example orders com.example.orders "$WORK_DIR/without-sample"
for project in "$WORK_DIR/with-sample/orders" "$WORK_DIR/without-sample/orders"; do
  cd "$project"
  fail_if_found "names the template (package, token issuer, module names)" \
    -e 'org\.acme' -e 'org/acme' -e 'urn:acme' -e 'clean-architecture-api' -e '<name>Clean Architecture ::'
  fail_if_found "has sample markers" -e 'sample:begin' -e 'sample:end'
  fail_if_found "gives its package as its groupId" -e '<groupId>com\.example\.orders</groupId>'
done
cd "$WORK_DIR/without-sample/orders"
# "ToDouble" is no Todo.
fail_if_found "names the Todo sample" -i -P 'todo(?!uble)' --exclude-dir=adr --exclude=architecture.md

SECONDS=0
cd "$WORK_DIR/with-sample/orders"
./mvnw -B verify
echo "The generated project with the sample passes ./mvnw verify in $SECONDS s."

SECONDS=0
cd "$WORK_DIR/without-sample/orders"
if [[ ${UPDATE_CONTRACT:-false} == true ]]; then
  ./mvnw -B verify -DupdateContract=true
  cp api/src/test/resources/openapi.yaml "$TEMPLATE/scripts/openapi-without-sample.yaml"
else
  ./mvnw -B verify
fi
echo "The generated project without the sample passes ./mvnw verify in $SECONDS s."
