# Shared by the scripts that run the packaged service: source it, then call start_service for each
# instance and wait_until_ready. Instances sign tokens with one throwaway key, as instances behind one
# load balancer must, and stop when the script exits.

APP=api/target/quarkus-app/quarkus-run.jar
[ -f "$APP" ] || ./mvnw -q package -DskipTests

work=$(mktemp -d)
pids=()
stop_services() {
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  wait 2> /dev/null || true
  rm -rf "$work"
}
trap stop_services EXIT
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/signing-key.pem" 2> /dev/null

# start_service PORT DB_URL REDIS_URL [NAME=VALUE...]: every setting production requires, and the
# extra settings for that instance only.
start_service() {
  local port=$1 db_url=$2 redis_url=$3
  shift 3
  env DB_URL="$db_url" DB_PASSWORD="${DB_PASSWORD:-}" REDIS_URL="$redis_url" \
    QUARKUS_HTTP_PORT="$port" APP_IDENTITY_TOKENS_SIGNING_KEY_LOCATION="$work/signing-key.pem" \
    CORS_ORIGINS="${CORS_ORIGINS:-https://app.example.org}" "$@" \
    java -jar "$APP" > "$work/instance-$port.log" 2>&1 &
  pids+=($!)
}

# wait_until_ready PORT...: fails, showing the instance's log, if one is not ready within a minute.
wait_until_ready() {
  local port
  for port in "$@"; do
    for _ in $(seq 1 60); do
      curl -sf "localhost:$port/q/health/ready" > /dev/null && break
      sleep 1
    done
    curl -sf "localhost:$port/q/health/ready" > /dev/null || {
      cat "$work/instance-$port.log" >&2
      echo "The service on port $port did not become ready." >&2
      return 1
    }
  done
}

# register_and_log_in PORT EMAIL: registers a user through the service on PORT and prints the
# access token its login answers.
register_and_log_in() {
  local json=(-H 'Content-Type: application/json')
  local credentials="{\"email\":\"$2\",\"password\":\"a passphrase to measure with\"}"
  curl -sf "${json[@]}" -d "$credentials" "localhost:$1/api/users/register" > /dev/null &&
    curl -sf "${json[@]}" -d "$credentials" "localhost:$1/api/users/login" |
    sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}
