#!/usr/bin/env bash
# Inkwell alone under one workload (W1 unless told), for JVM option A/Bs and for the time split of docs/benchmarks.md. For
# each option set (one argument each, "" = the JVM's defaults; NAME=value words are environment
# variables) start the jar on the benchmark
# database, serve W1 for WARM s, then measure W1 for MEASURE s (wrk -t2 -c16) while sampling the
# resident set and the JVM's CPU time; the sets take turns ROUNDS times, so drift on a shared
# machine hits each alike. Prints one line per round and set.
#
#   bench/lib/jvm-ab.sh "" "-XX:+UseSerialGC -Xmx512m"     # after bench/run.sh seeded inkwell_bench
#   JFR=/tmp/w1.jfr SQL_TIME=1 bench/lib/jvm-ab.sh "-Xmx512m"  # one profiled run (see below)
# env: WORKLOAD (w1, w2: the author page, a random author per request, or w3: the newest post's thread), JAR, JAVA (the run command's JDK), PORT (8190), DB (jdbc url), WARM (60), MEASURE (20 s measured; not SECONDS, which bash itself sets), ROUNDS (1), CONNECTIONS (16),
#   JFR=FILE: record a JFR profile (settings=JFR_SETTINGS, default profile; "default" samples less often) of the last set's measured run (jcmd JFR.start/stop);
#   SQL_TIME=1: during the measured run, log every statement's duration (log_min_duration_statement
#   = 0 by ALTER SYSTEM and a reload, reset right after; the local PostgreSQL only) and print the
#   SQL time per request of this server's sessions (parse, bind and execute as PostgreSQL reports them).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${JAR:-$(ls target/inkwell-*.jar | grep -v original | head -1)}
PORT=${PORT:-8190}
DB=${DB:-jdbc:postgresql://127.0.0.1:5432/inkwell_bench}
ADMIN=${ADMIN:-postgres://postgres@127.0.0.1:5432/postgres}
WARM=${WARM:-60} MEASURE=${MEASURE:-20} ROUNDS=${ROUNDS:-1} CONNECTIONS=${CONNECTIONS:-16}
APP=inkwell-ab-$$
tmp=$(mktemp -d); pid=
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null
	[ "${SQL_TIME:-0}" = 1 ] && psql -X -q -d "$ADMIN" -c "alter system reset log_min_duration_statement" -c "select pg_reload_conf()" >/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
WORKLOAD=${WORKLOAD:-w1}
. bench/lib/run-command.sh
JAVA=${JAVA:-$(run_command_java)}
jdk_bin=$(dirname "$(readlink -f "$(command -v "$JAVA")")")   # its jstat and jcmd: the tools of one JDK may not attach to another's JVM
. bench/lib/workload-files.sh
db_url=postgres://postgres@${DB#jdbc:postgresql://}
workload_files "$WORKLOAD" "$db_url" "$tmp/w1.json" "$tmp/none"
url=http://127.0.0.1:$PORT/graphql
cpu_ms() { awk '{print ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"'}' "/proc/$1/stat"; }
# Young and full collections so far and their time in s (jstat reads the JVM's shared counters: no pause).
gc_counts() { "$jdk_bin/jstat" -gcutil "$1" | awk 'NR == 2 {print $7, $8, $9, $10}'; }
last=${!#}
for round in $(seq "$ROUNDS"); do
	for opts in "$@"; do
		envs=() jopts=()
		for token in $opts; do   # NAME=value tokens are environment variables (MALLOC_ARENA_MAX=2), the rest JVM options
			if [[ $token =~ ^[A-Z_]+= ]]; then envs+=("$token"); else jopts+=("$token"); fi
		done
		env "${envs[@]}" "$JAVA" "${jopts[@]}" -jar "$JAR" --server.port="$PORT" --spring.datasource.url="$DB?ApplicationName=$APP" \
			--spring.datasource.username=postgres --inkwell.demo-data.enabled=false --spring.graphql.graphiql.enabled=false \
			> "$tmp/log" 2>&1 &
		pid=$!
		for _ in $(seq 600); do
			curl -s -o /dev/null -H 'content-type: application/json' -d '{"query":"{ __typename }"}' "$url" && break
			sleep 0.2
		done
		wrk -t2 -c"$CONNECTIONS" -d"${WARM}s" --timeout 30s -s bench/wrk/graphql.lua "$url" -- "$tmp/w1.json" "$tmp/none" > /dev/null
		if [ "${SQL_TIME:-0}" = 1 ]; then
			logfile=$(ls -t /var/log/postgresql/postgresql-*-main.log | head -1)
			psql -X -q -d "$ADMIN" -c "alter system set log_min_duration_statement = 0" -c "select pg_reload_conf()" >/dev/null
			sleep 0.5; size=$(stat -c %s "$logfile")
		fi
		end=$(( $(date +%s) + MEASURE ))
		( while [ "$(date +%s)" -lt "$end" ]; do ps -o rss= -p "$pid"; sleep 0.5; done ) > "$tmp/rss" &
		sampler=$!
		# The profile covers the measured run only (not the start-up, not the warm-up's first requests).
		profiling=0
		[ -n "${JFR:-}" ] && [ "$opts" = "$last" ] && "$jdk_bin/jcmd" "$pid" JFR.start name=ab settings="${JFR_SETTINGS:-profile}" > /dev/null && profiling=1
		cpu0=$(cpu_ms "$pid") gc0=$(gc_counts "$pid")
		result=$(wrk -t2 -c"$CONNECTIONS" -d"${MEASURE}s" --timeout 30s --latency -s bench/wrk/graphql.lua "$url" -- \
			"$tmp/w1.json" "$tmp/none" | grep '^RESULT')
		cpu1=$(cpu_ms "$pid") gc1=$(gc_counts "$pid")
		[ "$profiling" = 1 ] && "$jdk_bin/jcmd" "$pid" JFR.stop name=ab filename="$JFR" > /dev/null
		wait $sampler
		requests=$(grep -o 'requests=[0-9]*' <<<"$result" | cut -d= -f2)
		sql=""
		if [ "${SQL_TIME:-0}" = 1 ]; then
			psql -X -q -d "$ADMIN" -c "alter system reset log_min_duration_statement" -c "select pg_reload_conf()" >/dev/null
			pids=$(psql -X -d "$ADMIN" -Atc "select string_agg(pid::text, '|') from pg_stat_activity where application_name = '$APP'")
			sql=$(tail -c +$((size + 1)) "$logfile" | grep -E "\[($pids)\] .*LOG:  duration: " \
				| sed -E 's/.*duration: ([0-9.]+) ms  ([a-z]+).*/\2 \1/' \
				| awk -v n="$requests" '{t[$1] += $2; c[$1]++; all += $2}
					END {printf "sql_ms_per_request=%.2f (", all / n; for (k in t) printf "%s %.2f ms in %.1f, ", k, t[k] / n, c[k] / n; printf "per request)"}')
		fi
		peak=$(sort -n "$tmp/rss" | tail -1)
		gc=$(awk -v a="$gc0" -v b="$gc1" 'BEGIN {split(a, x); split(b, y); printf "young_gc=%d (%.2f s) full_gc=%d (%.2f s)", y[1] - x[1], y[2] - x[2], y[3] - x[3], y[4] - x[4]}')
		printf 'round %s  rss_mb=%s  %s  jvm_cpu_ms_per_request=%.1f  %s  %s  load=%s  opts=[%s]\n' "$round" $(( peak / 1024 )) \
			"${result#RESULT }" "$(awk -v a="$cpu0" -v b="$cpu1" -v n="$requests" 'BEGIN {print (b - a) / n}')" "$gc" "$sql" \
			"$(cut -d' ' -f1 /proc/loadavg)" "$opts"
		kill $pid; wait $pid 2>/dev/null || true; pid=
	done
done
