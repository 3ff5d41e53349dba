#!/usr/bin/env bash
# Checks the archetype end to end: generates the service com.example:orders with the base package
# com.example.orders, fails if any of its files still names the template's package, and runs its
# full ./mvnw verify. Its tests read TEST_DB_URL and TEST_REDIS_URL, as the template's do.
#
# Usage: scripts/generated-project-check.sh (Maven options, such as -o, go in MAVEN_ARGS)
set -euo pipefail

cd "$(dirname "$0")/.."
readonly WORK_DIR=$(mktemp -d)
readonly LOCAL_REPOSITORY=$HOME/.m2/repository

# The archetype is installed into the local repository to generate the project; the repository
# is left as it was.
clean_up() {
  rm -rf "$WORK_DIR" "$LOCAL_REPOSITORY/org/acme" "$LOCAL_REPOSITORY/com/example"
}
trap clean_up EXIT

scripts/new-service.sh com.example orders com.example.orders "$WORK_DIR"
cd "$WORK_DIR/orders"
if leftovers=$(grep -rlI -e 'org\.acme' -e 'org/acme' -e 'urn:acme' -e 'clean-architecture-api' \
  -e '<name>Clean Architecture ::' .); then
  echo "The generated project still names the template (package, token issuer, module names) in:" >&2
  echo "$leftovers" >&2
  exit 1
fi
./mvnw -B verify
echo "The generated project com.example.orders passes ./mvnw verify."
