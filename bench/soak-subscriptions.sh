#!/usr/bin/env bash
# Subscriptions soak: one Inkwell instance (512 MB heap, embedded PostgreSQL of its own) holding
# graphql-ws subscribers added in steps while comments are written with plain SQL at a fixed rate.
# Prints, per step, the latency from INSERT to client (median, p99) and the largest number of
# subscribers that received every event once and in order. Loopback only; stops by itself (at
# the first step that does not hold, or at SOAK_MAX). Both processes run at low priority (nice).
#
#   bench/soak-subscriptions.sh                               # steps of 2000 up to 12000, 2 comments/s
#   SOAK_STEP=500 SOAK_MAX=2000 bench/soak-subscriptions.sh   # a quick try
set -euo pipefail
cd "$(dirname "$0")/.."

SOAK_PORT=${SOAK_PORT:-8185}
SOAK_PG_PORT=${SOAK_PG_PORT:-8195}
SOAK_HEAP=${SOAK_HEAP:-512m}
export SOAK_STEP=${SOAK_STEP:-2000} SOAK_MAX=${SOAK_MAX:-12000} SOAK_RATE=${SOAK_RATE:-2} SOAK_EVENTS=${SOAK_EVENTS:-20}
for tool in java node npm curl; do
	command -v $tool >/dev/null || { echo "bench/soak-subscriptions.sh needs $tool" >&2; exit 1; }
done

jar=$(ls target/inkwell-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$jar" ]; then
	./mvnw -q -DskipTests package
	jar=$(ls target/inkwell-*.jar | grep -v plain | head -1)
fi
(cd bench/soak && npm install --no-audit --no-fund --silent)

data=$(mktemp -d)
server=
cleanup() {
	[ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
	rm -rf "$data"
}
trap cleanup EXIT

echo "server: $jar, heap $SOAK_HEAP, port $SOAK_PORT (log: $data/server.log)" >&2
PORT=$SOAK_PORT INKWELL_DATA_DIR=$data/postgres INKWELL_EMBEDDED_POSTGRES_PORT=$SOAK_PG_PORT INKWELL_DEMO_DATA=false \
	INKWELL_SUBSCRIPTIONS_MAX_CONNECTIONS=100000 SERVER_TOMCAT_MAX_CONNECTIONS=100000 \
	nice -n 10 java -Xmx"$SOAK_HEAP" -XX:+UseParallelGC -jar "$jar" >"$data/server.log" 2>&1 &
server=$!
for _ in $(seq 1 240); do
	curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' \
		"http://127.0.0.1:$SOAK_PORT/graphql" && break
	kill -0 "$server" 2>/dev/null || { cat "$data/server.log" >&2; exit 1; }
	sleep 1
done

SOAK_URL=ws://127.0.0.1:$SOAK_PORT/graphql SOAK_DATABASE_URL=postgres://postgres@127.0.0.1:$SOAK_PG_PORT/postgres \
	SOAK_SERVER_PID=$server nice -n 10 node bench/soak/soak.mjs
grep -E 'OutOfMemoryError|SLOW_CONSUMER|Exception' "$data/server.log" | sort | uniq -c | head -5 >&2 || true
