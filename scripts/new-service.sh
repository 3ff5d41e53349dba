#!/usr/bin/env bash
# Starts a new service from this template: builds the archetype from the repository, generates the
# project with the given groupId, artifactId and base package next to this repository (or in the
# given directory), and formats it, since the new package names change the length of lines. With
# --without-sample, the project leaves the Todo sample out and keeps the weather forecasts example.
#
# Usage: scripts/new-service.sh [--without-sample] GROUP_ID ARTIFACT_ID PACKAGE [PARENT_DIRECTORY]
#   e.g. scripts/new-service.sh com.example orders com.example.orders
# Maven options, such as -o, go in MAVEN_ARGS.
set -euo pipefail

sample=true
if [[ ${1:-} == --without-sample ]]; then
  sample=false
  shift
fi
if (($# < 3 || $# > 4)); then
  sed -n 's/^# \{0,1\}//; 7,9p' "$0" >&2
  exit 2
fi
readonly GROUP_ID=$1 ARTIFACT_ID=$2 PACKAGE=$3
readonly TEMPLATE=$(cd "$(dirname "$0")/.." && pwd)
# A directory given is taken from where the command runs; none means next to this repository.
mkdir -p "${4:-$TEMPLATE/..}"
readonly PARENT_DIRECTORY=$(cd "${4:-$TEMPLATE/..}" && pwd)
cd "$TEMPLATE"
version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)

scripts/build-archetype.sh
# Run outside this repository, so the new project is not added to its modules.
(
  cd "$PARENT_DIRECTORY"
  "$TEMPLATE/mvnw" -q -B org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate \
    -DarchetypeGroupId=org.acme.cleanarchitecture \
    -DarchetypeArtifactId=clean-architecture-archetype \
    -DarchetypeVersion="$version" \
    -DgroupId="$GROUP_ID" -DartifactId="$ARTIFACT_ID" -Dpackage="$PACKAGE" -Dsample="$sample"
)
cd "$PARENT_DIRECTORY/$ARTIFACT_ID"
./mvnw -q spotless:apply
echo "Created $PWD: ./mvnw verify runs its tests."
