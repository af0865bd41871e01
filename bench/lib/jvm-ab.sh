#!/usr/bin/env bash
# A/B of JVM options under W1: for each option set (one argument each, "" = the JVM's defaults),
# start the jar on the benchmark database, serve W1 for WARM s, then measure W1 for SECONDS s
# (wrk -t2 -c16) while sampling the resident set; the sets take turns ROUNDS times, so drift on
# a shared machine hits each alike. Prints one line per round and set: req/s, p99, peak RSS.
#
#   bench/lib/jvm-ab.sh "" "-XX:+UseSerialGC -Xmx512m"      # after bench/run.sh seeded inkwell_bench
#   env: JAR, PORT (8190), DB (jdbc url), WARM (60), SECONDS (20), ROUNDS (1), CONNECTIONS (16)
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${JAR:-$(ls target/inkwell-*.jar | grep -v original | head -1)}
PORT=${PORT:-8190}
DB=${DB:-jdbc:postgresql://127.0.0.1:5432/inkwell_bench}
WARM=${WARM:-60} SECONDS_=${SECONDS:-20} ROUNDS=${ROUNDS:-1} CONNECTIONS=${CONNECTIONS:-16}
tmp=$(mktemp -d); trap 'kill $pid 2>/dev/null || true; rm -rf "$tmp"' EXIT
pid=
python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read(), "variables": {}}))' \
	bench/workloads/w1-feed.graphql > "$tmp/w1.json"
: > "$tmp/none"
url=http://127.0.0.1:$PORT/graphql
for round in $(seq "$ROUNDS"); do
	for opts in "$@"; do
		# shellcheck disable=SC2086
		java $opts -jar "$JAR" --server.port="$PORT" --spring.datasource.url="$DB" --spring.datasource.username=postgres \
			--inkwell.demo-data.enabled=false --spring.graphql.graphiql.enabled=false > "$tmp/log" 2>&1 &
		pid=$!
		for _ in $(seq 600); do
			curl -s -o /dev/null -H 'content-type: application/json' -d '{"query":"{ __typename }"}' "$url" && break
			sleep 0.2
		done
		wrk -t2 -c"$CONNECTIONS" -d"${WARM}s" --timeout 30s -s bench/wrk/graphql.lua "$url" -- "$tmp/w1.json" "$tmp/none" > /dev/null
		peak=0 end=$(( $(date +%s) + SECONDS_ ))
		( while [ "$(date +%s)" -lt "$end" ]; do ps -o rss= -p "$pid"; sleep 0.5; done ) > "$tmp/rss" &
		sampler=$!
		result=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_}s" --timeout 30s --latency -s bench/wrk/graphql.lua "$url" -- \
			"$tmp/w1.json" "$tmp/none" | grep '^RESULT')
		wait $sampler
		peak=$(sort -n "$tmp/rss" | tail -1)
		heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | grep -Eo '(total|committed)[ =][0-9]+K' | head -2 | tr '\n' ' ' || true)
		printf 'round %s  rss_mb=%s  %s  load=%s  opts=[%s]  heap: %s\n' "$round" $(( peak / 1024 )) "${result#RESULT }" \
			"$(cut -d' ' -f1 /proc/loadavg)" "$opts" "$heap"
		kill $pid; wait $pid 2>/dev/null || true; pid=
	done
done
