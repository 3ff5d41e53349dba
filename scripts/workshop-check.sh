#!/usr/bin/env bash
# Checks the workshop (docs/workshop): for each lab, in a copy of the repository's tracked files,
# runs the lab's check (docs/workshop/check.sh) and expects it to fail on the starting point, then
# applies the lab's solution (docs/workshop/solutions/NN-*/solution.patch) and expects the check to
# pass. Where a lab has its tests written first (2, 4, 5, 6), the starting point already holds the
# solution's tests, so the check must fail on the missing change itself, not only on a missing test.
# Lab 3's check must also fail, naming the broken rule, on the shortcut the lab warns about. Prints
# a summary with the time of each lab; exits non-zero on the first deviation.
#
# Usage: scripts/workshop-check.sh [LAB...]   (every lab by default; Maven options, such as -o, go
#        in MAVEN_ARGS; the checks' tests read TEST_DB_URL and TEST_REDIS_URL)
set -euo pipefail

cd "$(dirname "$0")/.."
readonly WORK_DIR=$(mktemp -d)
trap 'rm -rf "$WORK_DIR"' EXIT
labs=("$@")
[ ${#labs[@]} -gt 0 ] || labs=(1 2 3 4 5 6)
summary=()
# The labs whose solution has tests the lab asks for before the change (the rules' store included).
readonly TESTS_FIRST=(2 4 5 6)

# The tracked files as they are in the working tree, committed in a repository of their own so that
# the solutions apply with git apply; compiled once, so that each lab's copy builds only its change.
echo "Copying the tracked files to $WORK_DIR/base and compiling them"
mkdir -p "$WORK_DIR/base"
git ls-files -z | while IFS= read -r -d '' file; do
  # A tracked file deleted in the working tree is left out, as a commit would leave it.
  if [ -e "$file" ]; then printf '%s\0' "$file"; fi
done | xargs -0 cp --parents -t "$WORK_DIR/base"
(
  cd "$WORK_DIR/base"
  git init -q
  git add -A
  git -c user.name=workshop -c user.email=workshop@localhost commit -qm "Starting point"
  ./mvnw -q test-compile
)

deviation() {
  echo "DEVIATION: $1; the check's output ends with:" >&2
  tail -n 60 "$2" >&2
  if [ ${#summary[@]} -gt 0 ]; then printf '%s\n' "${summary[@]}" >&2; fi
  exit 1
}

# run_check COPY LAB EXPECTATION LOG: runs the lab's check in the copy; EXPECTATION is pass or fail.
run_check() {
  local copy=$1 lab=$2 expectation=$3 log=$4 outcome
  if (cd "$copy" && docs/workshop/check.sh "$lab") > "$log" 2>&1; then
    outcome=pass
  else
    outcome=fail
  fi
  [ "$outcome" = "$expectation" ] || deviation "lab $lab's check should $expectation but did not" "$log"
}

# A fresh copy of the compiled starting point, file times kept so that nothing is built again.
copy_of_start() {
  rm -rf "$1"
  cp -a "$WORK_DIR/base" "$1"
}

for lab in "${labs[@]}"; do
  number=$(printf '%02d' "$lab")
  solution=$(ls docs/workshop/solutions/"$number"-*/solution.patch)
  copy=$WORK_DIR/lab-$number
  started=$SECONDS
  copy_of_start "$copy"
  if [[ " ${TESTS_FIRST[*]} " == *" $lab "* ]]; then
    echo "Lab $lab: the check must fail on the starting point with the solution's tests written"
    (cd "$copy" && git apply --include='*/src/test/*' "$solution")
  else
    echo "Lab $lab: the check must fail on the starting point"
  fi
  run_check "$copy" "$lab" fail "$WORK_DIR/lab-$number-start.log"

  if [ "$lab" = 3 ]; then
    echo "Lab 3: the check must fail on the shortcut past the mediator, naming the rule"
    shortcut=$WORK_DIR/lab-03-shortcut
    copy_of_start "$shortcut"
    (cd "$shortcut" && git apply "$(dirname "$solution")/shortcut.patch")
    run_check "$shortcut" 3 fail "$WORK_DIR/lab-03-shortcut.log"
    grep -q "belong to the application's inner workings" "$WORK_DIR/lab-03-shortcut.log" ||
      deviation "lab 3's check failed on the shortcut, but not on the rule it breaks" \
        "$WORK_DIR/lab-03-shortcut.log"
    rm -rf "$shortcut"
  fi

  echo "Lab $lab: the check must pass with the solution"
  if [[ " ${TESTS_FIRST[*]} " == *" $lab "* ]]; then
    (cd "$copy" && git apply --exclude='*/src/test/*' "$solution")
  else
    (cd "$copy" && git apply "$solution")
  fi
  run_check "$copy" "$lab" pass "$WORK_DIR/lab-$number-solution.log"
  rm -rf "$copy"
  summary+=("lab $lab: fails on the starting point, passes with its solution ($((SECONDS - started)) s)")
done

printf '%s\n' "${summary[@]}"
echo "Every lab checked behaves as the workshop says."
