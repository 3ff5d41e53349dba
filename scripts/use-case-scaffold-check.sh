#!/usr/bin/env bash
# Checks scripts/new-use-case.sh end to end, on a copy of the project in a temporary directory:
# wrong arguments and a use case that exists already are refused, with nothing written; then it
# adds a command with a validator and a query to a new feature, orders, and a query to the existing
# feature users (which every project generated from the template keeps), and builds the result: it compiles and passes Spotless, the architecture tests,
# the unit tests and the API tests that read every request and endpoint (OpenAPI and anonymous
# access), while exactly the generated tests fail, each on the unwritten handler or validator.
# Once those are given the bodies their tests ask for, the same build passes.
#
# Usage: scripts/use-case-scaffold-check.sh (Maven options, such as -o, go in MAVEN_ARGS)
# The API tests read TEST_DB_URL and TEST_REDIS_URL, as the project's own do.
set -euo pipefail

cd "$(dirname "$0")/.."
readonly WORK_DIR=$(mktemp -d)
trap 'rm -rf "$WORK_DIR"' EXIT

# The files Git tracks or would track, as they are now; in a project without Git, such as one just
# generated from the template, every file but the build's output.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  git ls-files -z --cached --others --exclude-standard |
    tar --null --files-from=- --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C "$WORK_DIR"
else
  tar --exclude=target -cf - . | tar -xf - -C "$WORK_DIR"
fi
cd "$WORK_DIR"
git init -q
git add -A
git -c user.name=check -c user.email=check@localhost commit -qm "The project as it was"

# The base package's folder, found as the generator finds it: where the Mediator lives.
mediator=$(find application/src/main/java -path '*/application/common/mediator/Mediator.java')
mediator=${mediator#application/src/main/java/}
readonly BASE_DIR=${mediator%/application/common/mediator/Mediator.java}

fail() {
  echo "use-case-scaffold-check: $*" >&2
  exit 1
}

# Runs new-use-case.sh, expects it to exit non-zero with the message, and nothing to have changed.
expect_refusal() {
  local message=$1 output status=0
  shift
  output=$(scripts/new-use-case.sh "$@" 2>&1) || status=$?
  if ((status == 0)) || [[ $output != *"$message"* ]] || [[ -n $(git status --porcelain) ]]; then
    fail "new-use-case.sh $* should refuse with \"$message\" and write nothing; it exited $status:
$output
$(git status --short)"
  fi
  echo "Refused as expected: new-use-case.sh $*"
}

expect_refusal "UpperCamelCase" --feature orders --name createOrder --kind command
expect_refusal "without the suffix Command" --feature orders --name CreateOrderCommand --kind command
expect_refusal "--kind is command or query" --feature orders --name CreateOrder --kind event
expect_refusal "common holds what the features share" --feature common --name CreateOrder --kind command
expect_refusal "its method is GET" --feature orders --name GetOrders --kind query --method POST
expect_refusal "--path takes lower-case words" --feature orders --name GetOrder --kind query --path '{id}'
expect_refusal "The use case RegisterUser exists already" --feature users --name RegisterUser --kind command
expect_refusal "answers POST /api/users/register already" \
  --feature users --name SignUp --kind command --path register

# The first two straight from the generator: the script's formatting and new contract, in the last
# one, cover all three, and each contract written costs a start of the service.
java scripts/NewUseCase.java --feature orders --name CreateOrder --kind command --validator
java scripts/NewUseCase.java --feature orders --name GetOrders --kind query
scripts/new-use-case.sh --feature users --name GetUserCount --kind query --path count

readonly APP=application/src/main/java/$BASE_DIR/application
readonly APP_TESTS=application/src/test/java/$BASE_DIR/application
readonly API=api/src/main/java/$BASE_DIR/api
expected=$(
  printf '%s\n' \
    "$APP/orders/commands/createorder/CreateOrderCommand.java" \
    "$APP/orders/commands/createorder/CreateOrderHandler.java" \
    "$APP/orders/commands/createorder/CreateOrderValidator.java" \
    "$APP_TESTS/orders/commands/createorder/CreateOrderHandlerTest.java" \
    "$APP_TESTS/orders/commands/createorder/CreateOrderValidatorTest.java" \
    "$APP/orders/queries/getorders/GetOrdersQuery.java" \
    "$APP/orders/queries/getorders/GetOrdersHandler.java" \
    "$APP/orders/queries/getorders/OrdersDto.java" \
    "$APP_TESTS/orders/queries/getorders/GetOrdersHandlerTest.java" \
    "$APP/users/queries/getusercount/GetUserCountQuery.java" \
    "$APP/users/queries/getusercount/GetUserCountHandler.java" \
    "$APP/users/queries/getusercount/UserCountDto.java" \
    "$APP_TESTS/users/queries/getusercount/GetUserCountHandlerTest.java" \
    "$API/orders/OrdersResource.java" \
    "$API/users/UsersResource.java" \
    api/src/main/resources/META-INF/openapi.yaml \
    api/src/test/resources/openapi.yaml | sort
)
changed=$(git status --porcelain --untracked-files=all | cut -c4- | sort)
[[ $changed == "$expected" ]] || fail "the scaffold should change exactly these files:
$expected
but changed:
$changed"
grep -q '^  /api/orders:' api/src/test/resources/openapi.yaml &&
  grep -q '^  /api/users/count:' api/src/test/resources/openapi.yaml ||
  fail "the new contract lacks /api/orders or /api/users/count"

# Every unit test and architecture test, and the API tests that read every request and endpoint,
# which share one start of the service.
build() {
  ./mvnw -B verify -pl api,architecture-tests -am -Dquarkus.http.test-port=0 \
    -Dtest='**/domain/**/*Test,**/application/**/*Test,**/architecture/**/*Test,OpenApiContractTest,OpenApiTest,DocumentedProblemsTest,AnonymousAccessTest' \
    -Dsurefire.failIfNoSpecifiedTests=false "$@"
}

build -Dmaven.test.failure.ignore=true
reports=$(find . -path '*/target/surefire-reports/TEST-*.xml')
failed=$(grep -lE '<testsuite [^>]*(failures|errors)="[1-9]' $reports | sed 's|\.xml$||; s|.*\.||' | sort)
expected_failures=$(printf '%s\n' CreateOrderHandlerTest CreateOrderValidatorTest GetOrdersHandlerTest \
  GetUserCountHandlerTest | sort)
[[ $failed == "$expected_failures" ]] || fail "exactly the generated tests should fail:
$expected_failures
but these failed:
$failed"
for test in $expected_failures; do
  grep -q 'is not written yet' ./application/target/surefire-reports/TEST-*."$test".xml ||
    fail "$test should fail on the unwritten handler or validator"
done
for test in ArchitectureTest OpenApiContractTest OpenApiTest AnonymousAccessTest; do
  compgen -G "./*/target/surefire-reports/TEST-*.$test.xml" >/dev/null || fail "$test did not run"
done
echo "Before the use cases are written, exactly the generated tests fail."

write() {
  local file
  file=$(find application/src/main/java -name "$1.java")
  perl -0pi -e "s/throw new UnsupportedOperationException\(.*?\);/$2/s" "$file"
}
write CreateOrderHandler 'return null;'
write CreateOrderValidator 'return List.of();'
write GetOrdersHandler 'return new OrdersDto();'
write GetUserCountHandler 'return new UserCountDto();'
build
echo "With the generated handlers and validator written, the build passes."
