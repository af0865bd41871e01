#!/usr/bin/env bash
# Subscriptions soak: one Inkwell instance (900 MB heap, embedded PostgreSQL of its own) holding
# graphql-ws connections, two subscriptions each, spread over 20 posts, added in steps while
# comments are written with plain SQL at a fixed rate (ADR 040). The connections come from
# worker processes on 127.0.0.2-5 (clear of ephemeral-port exhaustion and of the per-process
# open-file limit). Prints, per step, the latency from INSERT to client (median, p99), events
# lost, received twice or out of order, the server's RSS, and the largest number of
# subscriptions held. Loopback only; stops by itself (at the first step that does not hold, or
# at SOAK_SOCKETS connections). Every process runs at low priority (nice 10).
#
#   bench/soak-subscriptions.sh                                   # 10,000 connections = 20,000 subscriptions, 5 comments/s
#   SOAK_SOCKETS=1000 SOAK_STEP=500 bench/soak-subscriptions.sh   # a quick try
set -euo pipefail
cd "$(dirname "$0")/.."

SOAK_PORT=${SOAK_PORT:-8185}
SOAK_PG_PORT=${SOAK_PG_PORT:-8195}
# The heap and Tomcat's WebSocket frame buffers for 10,000 connections (docs/guide/live-updates.md,
# ADR 042): about 66 KB of heap per connection (two subscriptions) with the buffers below.
SOAK_JAVA_OPTS=${SOAK_JAVA_OPTS:--Xmx900m -Xmn64m -XX:+UseSerialGC -Dorg.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE=2048}
# The longest message a client may send (a subscribe): Tomcat keeps twice as many bytes per connection.
SOAK_MESSAGE_SIZE=${SOAK_MESSAGE_SIZE:-4096}
# Tomcat's socket read and write buffers, each (HTTP connections too).
SOAK_SOCKET_BUFFER=${SOAK_SOCKET_BUFFER:-4096}
export SOAK_SOCKETS=${SOAK_SOCKETS:-10000} SOAK_STEP=${SOAK_STEP:-2500} SOAK_PER_SOCKET=${SOAK_PER_SOCKET:-2} \
	SOAK_POSTS=${SOAK_POSTS:-20} SOAK_RATE=${SOAK_RATE:-5} SOAK_EVENTS=${SOAK_EVENTS:-100}
# What the instance must be allowed: Tomcat's connection cap (8,192 by default), the
# subscriptions' own cap, and open files for the sockets (plus the jar, the logs, the pool).
limit=$((SOAK_SOCKETS + 1000))
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $((SOAK_SOCKETS + 200)) ]; then
	echo "bench/soak-subscriptions.sh: the open-file limit ($(ulimit -n)) is below $((SOAK_SOCKETS + 200))" >&2
	exit 1
fi
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
	[ -n "$server" ] && kill "$server" 2>/dev/null && { wait "$server" 2>/dev/null || true; }
	rm -rf "$data"
}
trap cleanup EXIT

echo "server: $jar, java $SOAK_JAVA_OPTS, port $SOAK_PORT (log: $data/server.log)" >&2
PORT=$SOAK_PORT INKWELL_DATA_DIR=$data/postgres INKWELL_EMBEDDED_POSTGRES_PORT=$SOAK_PG_PORT INKWELL_DEMO_DATA=false \
	INKWELL_SUBSCRIPTIONS_MAX_CONNECTIONS=$limit SERVER_TOMCAT_MAX_CONNECTIONS=$limit \
	INKWELL_SUBSCRIPTIONS_WEBSOCKETMESSAGESIZE=$SOAK_MESSAGE_SIZE INKWELL_SUBSCRIPTIONS_SOCKETBUFFERSIZE=$SOAK_SOCKET_BUFFER \
	nice -n 10 java $SOAK_JAVA_OPTS -jar "$jar" >"$data/server.log" 2>&1 &
server=$!
for _ in $(seq 1 240); do
	curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' \
		"http://127.0.0.1:$SOAK_PORT/graphql" && break
	kill -0 "$server" 2>/dev/null || { cat "$data/server.log" >&2; exit 1; }
	sleep 1
done

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores" >&2
SOAK_URL=ws://127.0.0.1:$SOAK_PORT/graphql SOAK_DATABASE_URL=postgres://postgres@127.0.0.1:$SOAK_PG_PORT/postgres \
	SOAK_SERVER_PID=$server nice -n 10 node bench/soak/soak.mjs
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
grep -E 'OutOfMemoryError|SLOW_CONSUMER|Exception' "$data/server.log" | sort | uniq -c | head -5 >&2 || true
