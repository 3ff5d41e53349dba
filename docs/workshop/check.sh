#!/usr/bin/env bash
# Checks the result of one workshop lab (docs/workshop/README.md): runs the narrowest build that
# proves the lab done, with the lab's acceptance tests from docs/workshop/acceptance/NN copied into
# place for the run and removed afterwards. Passes on a lab's solution, fails on the starting point.
#
# Usage: docs/workshop/check.sh LAB   (LAB is 1 to 6; Maven options, such as -o, go in MAVEN_ARGS)
#
# Needs PostgreSQL and Redis as the tests do (TEST_DB_URL, TEST_REDIS_URL).
set -euo pipefail
cd "$(dirname "$0")/../.."

readonly WORKSHOP=docs/workshop
readonly ONLY_NAMED_TESTS=-Dsurefire.failIfNoSpecifiedTests=false

fail() {
  echo "Lab $lab is not done yet: $*" >&2
  exit 1
}

# Copies the lab's acceptance tests into the modules, and removes them again when the check ends,
# with the scratch directory of lab 6.
copied=()
work=
clean_up() {
  if [ ${#copied[@]} -gt 0 ]; then rm -f "${copied[@]}"; fi
  if [ -n "$work" ]; then rm -rf "$work"; fi
}
trap clean_up EXIT
copy_acceptance_tests() {
  local source=$WORKSHOP/acceptance/$(printf '%02d' "$lab") file target
  while IFS= read -r -d '' file; do
    target=${file#"$source"/}
    [ -e "$target" ] && fail "$target is the lab's acceptance test; leave that name to it"
    mkdir -p "$(dirname "$target")"
    cp "$file" "$target"
    copied+=("$target")
  done < <(find "$source" -type f -print0)
}

# The architecture rules first, on their own: they need no database, and a broken rule shows by
# name before any API test runs. Then the named tests of application and api.
rules_then_tests() {
  ./mvnw -pl architecture-tests -am test spotless:check -Dtest=ArchitectureTest "$ONLY_NAMED_TESTS"
  ./mvnw -pl api -am test -Dtest="$1" "$ONLY_NAMED_TESTS"
}

require_file() {
  [ -f "$1" ] || fail "$1 does not exist; $2"
}

# Lab 1: the smoke test script drives the running service, as the acceptance test checks.
check_run_and_explore() {
  require_file scripts/smoke-test.sh "write it as the lab describes"
  [ -x scripts/smoke-test.sh ] || fail "scripts/smoke-test.sh is not executable (chmod +x)"
  copy_acceptance_tests
  ./mvnw -pl api -am test spotless:check -Dtest=SmokeTestScriptAcceptanceTest "$ONLY_NAMED_TESTS"
}

# Lab 2: the new command, its handler test (yours) and the API's acceptance test, with the tests
# that guard every use case: anonymous callers refused, the OpenAPI document, the rules.
check_use_case() {
  local tests=application/src/test/java/org/acme/cleanarchitecture/application/todolists/commands/completetodolist
  require_file "$tests/CompleteTodoListHandlerTest.java" "write the handler's test first"
  copy_acceptance_tests
  rules_then_tests 'CompleteTodoList*Test,AnonymousAccessTest,OpenApiTest,OpenApiContractTest'
}

# Lab 3: the summary answers through the mediator, and no rule is broken on the way.
check_dependency_rule() {
  copy_acceptance_tests
  rules_then_tests 'GetTodoListSummary*Test,TodoListSummaryAcceptanceTest,AnonymousAccessTest,OpenApiTest,OpenApiContractTest'
}

# Lab 4: the behaviour refuses commands in read-only mode, sits where the lab says, is wired into
# the service, and its setting is documented.
check_pipeline_behaviour() {
  local tests=application/src/test/java/org/acme/cleanarchitecture/application/common/behaviours
  require_file "$tests/ReadOnlyModeBehaviourTest.java" "write the behaviour's test first"
  copy_acceptance_tests
  rules_then_tests 'ReadOnlyMode*Test,AnonymousAccessTest,ConfigurationTableTest'
}

# Lab 5: pages of items come from the cache, and every write shows on the next read.
check_cached_query() {
  require_file api/src/test/java/org/acme/cleanarchitecture/api/caching/TodoItemsCacheTest.java \
    "write your test of the cached pages first"
  copy_acceptance_tests
  ./mvnw -pl api -am test spotless:check "$ONLY_NAMED_TESTS" \
    -Dtest='TodoItemsCacheTest,TodoItemsCacheAcceptanceTest,QueryCacheTest'
}

# Lab 6: the legacy shop adopted the rules frozen: its store is there and passes with creation
# off, the violation the lab fixes has left it, a build without the store fails, and a new
# violation fails the build by name. Runs on copies, so the check never changes your store.
check_legacy_adoption() {
  local shop=$WORKSHOP/legacy-shop store
  store=$shop/src/test/resources/archunit_store
  require_file "$store/stored.rules" "create the violation store as the lab describes"
  if grep -rq 'SmtpMailer' "$store"; then
    fail "the store still holds the application's use of SmtpMailer; fix it and run the tests"
  fi
  # The rules' JAR, as a team publishes it; the Quarkus application is not needed for that.
  ./mvnw -q -pl architecture-tests -am install -DskipTests -Dquarkus.build.skip=true

  work=$(mktemp -d)
  copy_of_shop as-is
  ./mvnw -f "$work/as-is/pom.xml" test || fail "the legacy shop's build fails with its store"

  copy_of_shop without-store
  rm -rf "$work/without-store/src/test/resources/archunit_store"
  if ./mvnw -f "$work/without-store/pom.xml" test > "$work/without-store.log" 2>&1; then
    fail "the build passes without a store: it must refuse to record a new baseline"
  fi

  copy_of_shop new-violation
  cp -r "$WORKSHOP/acceptance/06/." "$work/new-violation/"
  if ./mvnw -f "$work/new-violation/pom.xml" test > "$work/new-violation.log" 2>&1; then
    fail "a new violation (OrderCountResource) passes the build"
  fi
  grep -q 'OrderCountResource' "$work/new-violation.log" \
    || fail "the failing build does not name the new violation, OrderCountResource"
  echo "Lab 6: the shop passes with its store, fails without it, and fails on the new violation" \
    "OrderCountResource by name."
}

# A copy of the shop's sources, without the classes your own builds left in target.
copy_of_shop() {
  cp -r "$WORKSHOP/legacy-shop" "$work/$1"
  rm -rf "$work/$1/target"
}

lab=${1:-}
case "$lab" in
  1) check_run_and_explore ;;
  2) check_use_case ;;
  3) check_dependency_rule ;;
  4) check_pipeline_behaviour ;;
  5) check_cached_query ;;
  6) check_legacy_adoption ;;
  *)
    echo "Usage: $0 LAB (1 to 6)" >&2
    exit 2
    ;;
esac
echo "Lab $lab: done."
