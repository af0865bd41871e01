#!/usr/bin/env bash
# Two builds of Inkwell side by side on W1-W3, for "did this change make it slower?": each jar runs
# on its own copy of the benchmark database (made from the same template, so the rows are the
# same), both up at once; every workload is measured on A, then B, ROUNDS times, so drift on a
# shared machine hits each alike. Prints req/s, p99 and the CPU time per request (user + system,
# from /proc: steadier than req/s on a loaded machine) of the JVM and of that jar's PostgreSQL
# backends (the sessions on its own database copy; the local server only), per jar, workload and round.
#
#   bench/lib/jar-ab.sh /tmp/old/target/inkwell-0.1.0-SNAPSHOT.jar target/inkwell-0.1.0-SNAPSHOT.jar
# Needs the seeded database bench/run.sh leaves (inkwell_bench on the local PostgreSQL), wrk, psql.
# env: TEMPLATE (inkwell_bench), ADMIN (postgres://postgres@127.0.0.1:5432/postgres), WARM (60 s
#   per jar, W1 then W2, before the first round), MEASURE (20 s measured; not SECONDS, which bash itself sets), ROUNDS (2), CONNECTIONS (16),
#   WORKLOADS ("w1 w2 w3"),
#   JAVA_OPTS (the run command's, pom.xml's inkwell.jvm-options), JAVA (the run command's JDK).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# = 2 ] || { echo "usage: $0 JAR_A JAR_B" >&2; exit 2; }
TEMPLATE=${TEMPLATE:-inkwell_bench}
ADMIN=${ADMIN:-postgres://postgres@127.0.0.1:5432/postgres}
WARM=${WARM:-60} MEASURE=${MEASURE:-20} ROUNDS=${ROUNDS:-2} CONNECTIONS=${CONNECTIONS:-16} WORKLOADS=${WORKLOADS:-w1 w2 w3}
. bench/lib/run-command.sh
JAVA_OPTS=${JAVA_OPTS:-$(run_command_options)}
JAVA=${JAVA:-$(run_command_java)}
tmp=$(mktemp -d) pids=()
cleanup() {
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	wait 2>/dev/null || true
	for side in a b; do psql -X -q -d "$ADMIN" -c "drop database if exists inkwell_ab_$side" 2>/dev/null || true; done
	rm -rf "$tmp"
}
trap cleanup EXIT
cpu_ms() { awk '{print ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"'}' "/proc/$1/stat"; }
# "pid cpu_ms" of each backend on database $1; a backend that ends between two snapshots drops out.
backends() {
	psql -X -Atq -d "$ADMIN" -c "select pid from pg_stat_activity where datname = '$1' and backend_type = 'client backend'" \
		| while read -r p; do [ -r "/proc/$p/stat" ] && echo "$p $(cpu_ms "$p")"; done | sort
}
# CPU ms of the backends between two snapshots (new backends count whole).
backends_delta() { join -a 2 -e 0 -o 1.2,2.2 "$1" "$2" | awk '{t += $2 - $1} END {print t + 0}'; }
global_id() { echo "'\"' || rtrim(translate(encode(convert_to('$1:' || id, 'UTF8'), 'base64'), '+/', '-_'), '=') || '\"'"; }
body() { python3 -c 'import json,sys; v=sys.argv[2]; print(json.dumps({"query": open(sys.argv[1]).read(), "variables": {v: "__MARK__"} if v != "-" else {}}).replace("\"__MARK__\"", "__VALUE__"))' "$1" "$2"; }
body bench/workloads/w1-feed.graphql - > "$tmp/w1.json"; : > "$tmp/w1.values"
body bench/workloads/w2-author.graphql id > "$tmp/w2.json"
body bench/workloads/w3-thread.graphql id > "$tmp/w3.json"
psql -X -Atq -d "${ADMIN%/*}/$TEMPLATE" -c "select $(global_id Author) from author order by id" > "$tmp/w2.values"
psql -X -Atq -d "${ADMIN%/*}/$TEMPLATE" -c "select $(global_id Post) from post order by created_at desc, id desc limit 1" > "$tmp/w3.values"

port=18190
for side in a b; do
	jar=$1; [ $side = b ] && jar=$2
	psql -X -q -d "$ADMIN" -c "drop database if exists inkwell_ab_$side" -c "create database inkwell_ab_$side template $TEMPLATE"
	url="jdbc:postgresql://127.0.0.1:5432/inkwell_ab_$side"
	# A newer build may need changesets the template lacks: it applies them to its own copy.
	# shellcheck disable=SC2086
	"$JAVA" $JAVA_OPTS -jar "$jar" --server.port=$port --spring.datasource.url="$url" --spring.datasource.username=postgres \
		--inkwell.migrations.mode=apply --inkwell.demo-data.enabled=false --inkwell.debug.sql=false \
		--spring.graphql.graphiql.enabled=false > "$tmp/$side.log" 2>&1 &
	pids+=($!); eval "pid_$side=$!"
	echo "$side: $jar on port $port" >&2
	eval "port_$side=$port"; port=$((port + 1))
done
for side in a b; do
	p=port_$side; url=http://127.0.0.1:${!p}/graphql
	for _ in $(seq 900); do curl -s -o /dev/null -H 'content-type: application/json' -d '{"query":"{ __typename }"}' "$url" && break; sleep 0.2; done
	for w in w1 w2; do
		wrk -t2 -c"$CONNECTIONS" -d"$((WARM / 2))s" --timeout 30s -s bench/wrk/graphql.lua "$url" -- "$tmp/$w.json" "$tmp/$w.values" > /dev/null
	done
done
printf '%-6s %-3s %-5s %10s %10s %12s %12s  %s\n' round jar work "req/s" "p99 ms" "cpu ms/req" "pg ms/req" "load"
for round in $(seq "$ROUNDS"); do
	for w in $WORKLOADS; do
		for side in a b; do
			p=port_$side; url=http://127.0.0.1:${!p}/graphql
			wrk -t2 -c"$CONNECTIONS" -d5s --timeout 30s -s bench/wrk/graphql.lua "$url" -- "$tmp/$w.json" "$tmp/$w.values" > /dev/null
			pid=pid_$side; cpu0=$(cpu_ms "${!pid}"); backends "inkwell_ab_$side" > "$tmp/pg0"
			out=$(wrk -t2 -c"$CONNECTIONS" -d"${MEASURE}s" --timeout 30s -s bench/wrk/graphql.lua "$url" -- \
				"$tmp/$w.json" "$tmp/$w.values")
			cpu1=$(cpu_ms "${!pid}"); backends "inkwell_ab_$side" > "$tmp/pg1"
			pg=$(backends_delta "$tmp/pg0" "$tmp/pg1")
			result=$(grep '^RESULT' <<<"$out")
			rps=$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$result"); p99=$(sed -E 's/.*p99_ms=([0-9.]+).*/\1/' <<<"$result")
			errors=$(sed -E 's/.*errors=([0-9]+).*/\1/' <<<"$result")
			requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$result")
			printf '%-6s %-3s %-5s %10s %10s %12s %12s  %s errors=%s\n' "$round" "$side" "$w" "$rps" "$p99" \
				"$(awk -v a="$cpu0" -v b="$cpu1" -v n="$requests" 'BEGIN {printf "%.2f", (b - a) / n}')" \
				"$(awk -v t="$pg" -v n="$requests" 'BEGIN {printf "%.2f", t / n}')" "$(cut -d' ' -f1 /proc/loadavg)" "$errors"
		done
	done
done
