#!/usr/bin/env bash
# How a fresh JVM warms up under W1: starts the jar on the benchmark database, serves W1 without
# pause in WINDOWS consecutive windows of MEASURE s (wrk -t2 -c16), and prints each window's
# req/s, p99 and the JVM's CPU time per request (from /proc). docs/benchmarks.md, "Warm-up".
#
#   bench/lib/warm-curve.sh                                   # 9 windows of 20 s
#   WINDOWS=6 bench/lib/warm-curve.sh -Xmx512m -XX:TieredStopAtLevel=1   # JVM options as arguments
# env: JAR, PORT (8190), DB (jdbc url of the seeded inkwell_bench), WINDOWS (9), MEASURE (20 s measured; not SECONDS, which bash itself sets).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${JAR:-$(ls target/inkwell-*.jar | grep -v original | head -1)}
PORT=${PORT:-8190}
DB=${DB:-jdbc:postgresql://127.0.0.1:5432/inkwell_bench}
WINDOWS=${WINDOWS:-9} MEASURE=${MEASURE:-20}
[ $# -gt 0 ] || set -- -Xms256m -Xmx512m -Xmn128m -XX:+UseSerialGC
tmp=$(mktemp -d); pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read(), "variables": {}}))' \
	bench/workloads/w1-feed.graphql > "$tmp/w1.json"
: > "$tmp/none"
java "$@" -jar "$JAR" --server.port="$PORT" --spring.datasource.url="$DB" --spring.datasource.username=postgres \
	--inkwell.demo-data.enabled=false --spring.graphql.graphiql.enabled=false > "$tmp/log" 2>&1 &
pid=$!
url=http://127.0.0.1:$PORT/graphql
for _ in $(seq 600); do
	curl -s -o /dev/null -H 'content-type: application/json' -d '{"query":"{ __typename }"}' "$url" && break
	sleep 0.2
done
cpu_ms() { awk '{print ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"'}' "/proc/$pid/stat"; }
for window in $(seq "$WINDOWS"); do
	cpu0=$(cpu_ms)
	result=$(wrk -t2 -c16 -d"${MEASURE}s" --timeout 30s --latency -s bench/wrk/graphql.lua "$url" -- "$tmp/w1.json" "$tmp/none" \
		| grep '^RESULT')
	cpu1=$(cpu_ms)
	requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$result")
	printf 'window %s (%s-%s s)  %s  jvm_cpu_ms_per_request=%.2f\n' "$window" $(( (window - 1) * MEASURE )) \
		$(( window * MEASURE )) "${result#RESULT }" "$(awk -v a="$cpu0" -v b="$cpu1" -v n="$requests" 'BEGIN {print (b - a) / n}')"
done
