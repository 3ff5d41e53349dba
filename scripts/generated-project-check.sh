#!/usr/bin/env bash
# Checks the archetype end to end: builds it from this repository, generates the service
# com.example:orders with the base package com.example.orders, fails if any generated file still
# names the template's package, and runs the generated project's full ./mvnw verify.
# TEST_DB_URL and TEST_REDIS_URL, when set, are passed on to the generated project's tests.
#
# Usage: scripts/generated-project-check.sh [extra Maven arguments, e.g. -o]
set -euo pipefail

cd "$(dirname "$0")/.."
readonly WORK_DIR=$(mktemp -d)
version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)
readonly LOCAL_REPOSITORY=$HOME/.m2/repository

# Installing into the local repository is needed to generate; nothing of it is left behind.
clean_up() {
  rm -rf "$WORK_DIR" "$LOCAL_REPOSITORY/org/acme" "$LOCAL_REPOSITORY/com/example"
}
trap clean_up EXIT

scripts/build-archetype.sh "$@"
(
  cd "$WORK_DIR"
  "$OLDPWD/mvnw" -q -B org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate "$@" \
    -DarchetypeGroupId=org.acme.cleanarchitecture \
    -DarchetypeArtifactId=clean-architecture-archetype \
    -DarchetypeVersion="$version" \
    -DgroupId=com.example -DartifactId=orders -Dpackage=com.example.orders
)

cd "$WORK_DIR/orders"
if leftovers=$(grep -rlI -e 'org\.acme' -e 'org/acme' .); then
  echo "The generated project still names the template's package in:" >&2
  echo "$leftovers" >&2
  exit 1
fi
./mvnw -B verify "$@"
echo "The generated project com.example.orders passes ./mvnw verify."
