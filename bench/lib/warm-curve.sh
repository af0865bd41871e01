#!/usr/bin/env bash
# How a fresh server warms up under W1: starts it on the benchmark database, serves W1 without
# pause from its first answer in WINDOWS consecutive windows of MEASURE s (wrk -t2 -c16), and
# prints each window's time since the process started, req/s, p99, the server's CPU time per
# request and its resident set at the window's end (the JVM, or PostGraphile's primary and workers, from /proc). docs/benchmarks.md, "Warm-up".
#
#   bench/lib/warm-curve.sh                                   # Inkwell, 18 windows of 10 s, the README's JVM options
#   SERVER=postgraphile5 bench/lib/warm-curve.sh              # PostGraphile v5, one worker per core (as bench/run.sh)
#   WINDOWS=6 bench/lib/warm-curve.sh -Xmx512m -XX:TieredStopAtLevel=1   # JVM options as arguments
# env: SERVER (inkwell or postgraphile5), JAVA (the run command's JDK, pom.xml's inkwell.jdk), JAR, PORT (8190), DB (postgres:// url of the
#   seeded inkwell_bench), WINDOWS (18), MEASURE (10 s; not SECONDS, which bash itself sets),
#   WORKERS (PostGraphile's worker processes: nproc), POOL_SIZE (database connections in all: 10).
set -euo pipefail
cd "$(dirname "$0")/../.."
SERVER=${SERVER:-inkwell}
. bench/lib/run-command.sh
JAR=${JAR:-$(ls target/inkwell-*.jar | grep -v original | head -1)}
PORT=${PORT:-8190}
DB=${DB:-postgres://postgres@127.0.0.1:5432/inkwell_bench}
WINDOWS=${WINDOWS:-18} MEASURE=${MEASURE:-10}
WORKERS=${WORKERS:-$(nproc)} POOL_SIZE=${POOL_SIZE:-10}
# shellcheck disable=SC2046
[ $# -gt 0 ] || set -- $(run_command_options)
tmp=$(mktemp -d); pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
case $SERVER in
inkwell) document=bench/workloads/w1-feed.graphql ;;
postgraphile5) document=bench/workloads/postgraphile5/w1-feed.graphql
	psql -X -q -d "$DB" -f bench/sql/bench-setup.sql -f bench/sql/postgraphile5-tags.sql 2>&1 | grep -v NOTICE || true ;;
*) echo "SERVER: inkwell or postgraphile5" >&2; exit 2 ;;
esac
python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read(), "variables": {}}))' "$document" > "$tmp/w1.json"
: > "$tmp/none"
started=$(date +%s%N)
if [ "$SERVER" = inkwell ]; then
	JAVA=${JAVA:-$(run_command_java)}
	MALLOC_ARENA_MAX=2 "$JAVA" "$@" -jar "$JAR" --server.port="$PORT" --spring.datasource.url="jdbc:postgresql://${DB#postgres://*@}" \
		--spring.datasource.username=postgres --spring.datasource.hikari.maximum-pool-size="$POOL_SIZE" \
		--inkwell.demo-data.enabled=false --spring.graphql.graphiql.enabled=false > "$tmp/log" 2>&1 &
else
	(cd bench/postgraphile5 && exec env GRAPHILE_ENV=production NODE_ENV=production PORT="$PORT" WORKERS="$WORKERS" \
		POOL_SIZE=$(( (POOL_SIZE + WORKERS - 1) / WORKERS )) DATABASE_URL="$DB" node_modules/.bin/node server.mjs) > "$tmp/log" 2>&1 &
fi
pid=$!
url=http://127.0.0.1:$PORT/graphql
await_answer "$url" "@$tmp/w1.json" "$pid" "$tmp/log" || exit 1
since_start() { echo $(( ($(date +%s%N) - started) / 1000000000 )); }
echo "$SERVER answered W1 $(since_start) s after its start" >&2
# CPU time of the server process and its children (PostGraphile's workers), in ms.
cpu_ms() {
	local total=0 p
	for p in "$pid" $(pgrep -P "$pid" || true); do
		total=$(awk -v t="$total" '{print t + ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"'}' "/proc/$p/stat" 2>/dev/null || echo "$total")
	done
	echo "$total"
}
# Resident set of the server process and its children at the end of a window, in MB.
rss_mb() { ps -o rss= -p "$pid" $(pgrep -P "$pid" | sed 's/^/-p /') 2>/dev/null | awk '{t += $1} END {printf "%d", t / 1024}'; }
for window in $(seq "$WINDOWS"); do
	from=$(since_start)
	cpu0=$(cpu_ms)
	result=$(wrk -t2 -c16 -d"${MEASURE}s" --timeout 30s --latency -s bench/wrk/graphql.lua "$url" -- "$tmp/w1.json" "$tmp/none" \
		| grep '^RESULT')
	cpu1=$(cpu_ms)
	requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$result")
	printf '%s window %s (%s-%s s after start)  %s  cpu_ms_per_request=%.2f  rss_mb=%s\n' "$SERVER" "$window" "$from" "$(since_start)" \
		"${result#RESULT }" "$(awk -v a="$cpu0" -v b="$cpu1" -v n="$requests" 'BEGIN {print (b - a) / n}')" "$(rss_mb)"
done
