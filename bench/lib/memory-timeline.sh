#!/usr/bin/env bash
# Where Inkwell's resident set goes over time under one workload: starts the jar with native memory
# tracking, serves the workload without pause from its first answer, and prints every INTERVAL s
# the resident set, the heap committed, the old generation's use and the native memory tracker's committed MB
# for the categories that move (code, the compilers' arenas, metaspace and classes). With LIVE_EVERY=N a full collection is
# forced every N s (jcmd GC.run) and the line after it gives the live set: what the old
# generation holds right after it. docs/benchmarks.md, "Memory".
#
#   bench/lib/memory-timeline.sh                           # W1 for 300 s, the run command's JDK and options
#   WORKLOAD=w3 DURATION=90 bench/lib/memory-timeline.sh -Xlog:gc:file=/tmp/gc.log   # extra JVM options as arguments
#   LIVE_EVERY=70 DURATION=210 bench/lib/memory-timeline.sh
# env: WORKLOAD (w1, w2 or w3), DURATION (300 s), INTERVAL (5 s), LIVE_EVERY (0: never), JAVA (the run
#   command's JDK), JAR, PORT (8190), DB (jdbc url of the seeded inkwell_bench), CONNECTIONS (16).
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib/run-command.sh
. bench/lib/workload-files.sh
JAVA=${JAVA:-$(run_command_java)}
jdk_bin=$(dirname "$(readlink -f "$(command -v "$JAVA")")")
JAR=${JAR:-$(ls target/inkwell-*.jar | grep -v original | head -1)}
PORT=${PORT:-8190}
DB=${DB:-jdbc:postgresql://127.0.0.1:5432/inkwell_bench}
WORKLOAD=${WORKLOAD:-w1} DURATION=${DURATION:-300} INTERVAL=${INTERVAL:-5} LIVE_EVERY=${LIVE_EVERY:-0}
CONNECTIONS=${CONNECTIONS:-16}
tmp=$(mktemp -d); pid=; load=
trap '[ -n "$load" ] && kill "$load" 2>/dev/null; [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
workload_files "$WORKLOAD" "postgres://postgres@${DB#jdbc:postgresql://}" "$tmp/body.json" "$tmp/values"
# shellcheck disable=SC2046
MALLOC_ARENA_MAX=2 "$JAVA" $(run_command_options) "$@" -XX:NativeMemoryTracking=summary -jar "$JAR" --server.port="$PORT" \
	--spring.datasource.url="$DB" --spring.datasource.username=postgres --inkwell.demo-data.enabled=false \
	--spring.graphql.graphiql.enabled=false > "$tmp/log" 2>&1 &
pid=$!
url=http://127.0.0.1:$PORT/graphql
await_answer "$url" '{"query":"{ __typename }"}' "$pid" "$tmp/log" || exit 1
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s -s bench/wrk/graphql.lua "$url" -- "$tmp/body.json" "$tmp/values" \
	> "$tmp/wrk" &
load=$!
# The native memory tracker's committed MB of one category ("Code", "Compiler", "Arena Chunk", ...).
nmt() { sed -n "s/^- *$1 (reserved=[0-9]*MB, committed=\([0-9]*\)MB.*/\1/p" "$tmp/nmt"; }
# Heap committed and the old generation's use, MB, from jstat's counters (no pause; Java 25's serial
# collector updates eden's use only at collections, so the young generation's is left out).
heap() { "$jdk_bin/jstat" -gc "$pid" | awk 'NR == 2 {printf "heap_committed=%d old_used=%d", ($1 + $2 + $5 + $7) / 1024, $8 / 1024}'; }
started=$(date +%s)
next_live=$LIVE_EVERY
while kill -0 "$load" 2>/dev/null; do
	sleep "$INTERVAL"
	kill -0 "$load" 2>/dev/null || break
	t=$(( $(date +%s) - started ))
	live=""
	if [ "$LIVE_EVERY" -gt 0 ] && [ "$t" -ge "$next_live" ]; then
		"$jdk_bin/jcmd" "$pid" GC.run > /dev/null
		live="  after a forced full collection"
		next_live=$(( next_live + LIVE_EVERY ))
	fi
	"$jdk_bin/jcmd" "$pid" VM.native_memory summary scale=MB > "$tmp/nmt"
	printf 't=%s rss_mb=%d %s code=%s compiler=%s arena_chunk=%s metaspace=%s class=%s%s\n' "$t" \
		$(( $(ps -o rss= -p "$pid") / 1024 )) "$(heap)" "$(nmt Code)" "$(nmt Compiler)" "$(nmt 'Arena Chunk')" \
		"$(nmt Metaspace)" "$(nmt Class)" "$live"
done
wait "$load"; load=
grep '^RESULT' "$tmp/wrk"
