#!/usr/bin/env bash
# The bounded load test (docs/guide/security-and-limits.md, "Load test"): starts the jar with the documented heap on a
# loopback port with a database of its own, runs bench/load-test.mjs (64 clients, 60 s), stops the
# server, and fails if the log shows an OutOfMemoryError. Usage: bench/load-test.sh [port] [clients] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-8186}
CLIENTS=${2:-64}
SECONDS_=${3:-60}
JAR=$(ls target/inkwell-*.jar | head -1)
DATA=$(mktemp -d)
LOG=$(mktemp)
PORT=$PORT INKWELL_DATA_DIR="$DATA/postgres" java -Xmx512m -jar "$JAR" > "$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 120); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/graphql?query=%7B__typename%7D" && break
  sleep 1
done
STATUS=0
node bench/load-test.mjs "http://127.0.0.1:$PORT/graphql" "$CLIENTS" "$SECONDS_" || STATUS=$?
if grep -q OutOfMemoryError "$LOG"; then
  echo "OutOfMemoryError in the server log ($LOG)"
  STATUS=1
else
  echo "no OutOfMemoryError in the server log"
fi
exit $STATUS
