#!/usr/bin/env bash
# Two jars side by side, measured in short alternating windows: both start and warm together,
# then WINDOWS pairs of WINDOW-second runs take turns (a b, b a, a b, ...), so the machine's
# drift (on a shared host the same jar's req/s moves by a third within minutes) hits both alike.
# Prints each window, then per jar the median req/s and JVM CPU ms per request, and the median of
# the per-pair ratios b/a. Reads the benchmark database only (after bench/run.sh seeded it).
#
#   WORKLOAD=w3 bench/lib/interleaved-ab.sh old.jar new.jar
#   JAVA_B=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java OPTS_B=-XX:+UseCompactObjectHeaders bench/lib/interleaved-ab.sh x.jar x.jar
# env: WORKLOAD (w1, w2 or w3), WARM (60 s per jar, in windows), WINDOW (10 s), WINDOWS (8 pairs),
#   CONNECTIONS (16), JAVA_OPTS (the run command's, pom.xml's inkwell.jvm-options), DB (jdbc url of the seeded
#   benchmark database), JAVA_A / JAVA_B (the java that runs each jar: the run command's JDK), OPTS_A / OPTS_B (options
#   for one side only).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -eq 2 ] || { echo "usage: $0 A.jar B.jar" >&2; exit 2; }
WORKLOAD=${WORKLOAD:-w1} WARM=${WARM:-60} WINDOW=${WINDOW:-10} WINDOWS=${WINDOWS:-8} CONNECTIONS=${CONNECTIONS:-16}
. bench/lib/run-command.sh
JAVA_OPTS=${JAVA_OPTS:-$(run_command_options) -Dinkwell.graphql.expensive-wait=60s}
DB=${DB:-jdbc:postgresql://127.0.0.1:5432/inkwell_bench}
db_url=postgres://postgres@${DB#jdbc:postgresql://}
tmp=$(mktemp -d); pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$tmp"; }
trap cleanup EXIT
. bench/lib/workload-files.sh
workload_files "$WORKLOAD" "$db_url" "$tmp/body.json" "$tmp/values"
ports=(18290 18291) jars=("$1" "$2") names=(a b)
javas=("${JAVA_A:-$(run_command_java)}" "${JAVA_B:-$(run_command_java)}") opts=("${OPTS_A:-}" "${OPTS_B:-}")
for i in 0 1; do
	# shellcheck disable=SC2086
	MALLOC_ARENA_MAX=2 "${javas[$i]}" $JAVA_OPTS ${opts[$i]} -jar "${jars[$i]}" --server.port="${ports[$i]}" --spring.datasource.url="$DB" \
		--spring.datasource.username=postgres --inkwell.demo-data.enabled=false --spring.graphql.graphiql.enabled=false \
		> "$tmp/log-$i" 2>&1 &
	pids+=($!)
done
for i in 0 1; do
	for _ in $(seq 600); do
		curl -s -o /dev/null -H 'content-type: application/json' -d '{"query":"{ __typename }"}' "http://127.0.0.1:${ports[$i]}/graphql" && break
		sleep 0.2
	done
done
cpu_ms() { awk '{print ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"'}' "/proc/$1/stat"; }
run() {   # run INDEX SECONDS -> "requests req/s cpu_ms"
	local c0 c1 out
	c0=$(cpu_ms "${pids[$1]}")
	out=$(wrk -t2 -c"$CONNECTIONS" -d"$2s" --timeout 30s -s bench/wrk/graphql.lua "http://127.0.0.1:${ports[$1]}/graphql" -- \
		"$tmp/body.json" "$tmp/values" | grep '^RESULT')
	c1=$(cpu_ms "${pids[$1]}")
	awk -v r="$out" -v a="$c0" -v b="$c1" 'BEGIN {match(r, /requests=[0-9]+/); n = substr(r, RSTART + 9, RLENGTH - 9);
		match(r, /rps=[0-9.]+/); rps = substr(r, RSTART + 4, RLENGTH - 4); printf "%d %s %.2f\n", n, rps, (b - a) / (n ? n : 1)}'
}
for _ in $(seq $(( (WARM + WINDOW - 1) / WINDOW ))); do run 0 "$WINDOW" > /dev/null; run 1 "$WINDOW" > /dev/null; done
echo "window  jar  req/s  jvm_cpu_ms_per_request  ($WORKLOAD; a=$1 b=$2)"
for w in $(seq "$WINDOWS"); do
	order="0 1"; [ $((w % 2)) = 0 ] && order="1 0"
	for i in $order; do
		read -r n rps cpu <<<"$(run "$i" "$WINDOW")"
		echo "$w ${names[$i]} $rps $cpu" | tee -a "$tmp/results" | awk '{printf "%-7s %-4s %-6s %s\n", $1, $2, $3, $4}'
	done
done
python3 - "$tmp/results" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
by = {(w, j): (float(r), float(c)) for w, j, r, c in rows}
windows = sorted({w for w, _ in by}, key=int)
for j in "ab":
    print(f"{j}: median req/s {statistics.median(by[w, j][0] for w in windows):.1f}, "
          f"median JVM CPU ms/request {statistics.median(by[w, j][1] for w in windows):.2f}")
ratios = sorted(by[w, "b"][0] / by[w, "a"][0] for w in windows)
cpu = sorted(by[w, "b"][1] / by[w, "a"][1] for w in windows)
print(f"b/a req/s: median {statistics.median(ratios):.3f} (pairs {ratios[0]:.3f}-{ratios[-1]:.3f}); "
      f"b/a JVM CPU per request: median {statistics.median(cpu):.3f} (pairs {cpu[0]:.3f}-{cpu[-1]:.3f})")
PY
