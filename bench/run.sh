#!/usr/bin/env bash
# Inkwell benchmark: Inkwell, PostGraphile v5 and v4 (one worker process per core each) and the
# raw-SQL floor (pgbench), side by side on one seeded PostgreSQL database, loopback only, every run
# bounded in time. Before measuring it checks that all contenders answer W1-W3 with the same rows.
# See bench/README.md and docs/adr/020-fair-benchmark.md.
#
#   bench/run.sh                      # everything, scale 1, writes docs/benchmarks.md and .svg
#   BENCH_SCALE=0.1 BENCH_WRITE_DOCS=0 bench/run.sh   # a quick try that leaves docs/ alone
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

BENCH_SCALE=${BENCH_SCALE:-1}
BENCH_DATABASE_URL=${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/inkwell_bench}
BENCH_DURATION=${BENCH_DURATION:-20}            # seconds of each measured run
BENCH_WARMUP=${BENCH_WARMUP:-10}                # seconds of load before each measured run
# Seconds of W1 and W2 (half each) that a server serves once, right after it starts, before its
# first workload: on 2 cores the JVM needs about three minutes of load before its CPU time per
# request stops falling (docs/benchmarks.md, "Warm-up"). Every contender gets the same. (Not W3: its 16 answers of 1 MB in flight grow the
# JVM's heap, which would then count in the resident set measured under W1.)
BENCH_SERVER_WARMUP=${BENCH_SERVER_WARMUP:-240}
BENCH_THREADS=${BENCH_THREADS:-2}               # wrk threads / pgbench jobs
BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-16}      # concurrent connections (wrk and pgbench alike)
# postgraphile = v4 (kept as a second reference), postgraphile5 = v5, the current release.
BENCH_SERVERS=${BENCH_SERVERS:-inkwell postgraphile5 postgraphile floor}
BENCH_WORKLOADS=${BENCH_WORKLOADS:-w1 w2 w3 w4 w5}   # w5 (writes) runs on Inkwell only
# Each workload is measured BENCH_ROUNDS times, the contenders taking turns (A B C D A B C D):
# background load on a shared machine then hits all alike, and the rounds show the spread.
BENCH_ROUNDS=${BENCH_ROUNDS:-2}
# Node.js runs JavaScript on one core per process: each PostGraphile runs one worker per core
# (v4 --cluster-workers, v5 node:cluster), as its production guidance says. The JVM uses them all.
BENCH_WORKERS=${BENCH_WORKERS:-$(nproc)}
# Inkwell runs as the README's run command runs it: pom.xml's JDK (inkwell.jdk) and JVM options
# (inkwell.jvm-options), unless these say otherwise (e.g. BENCH_JAVA=java with -Dinkwell.jdk=17's options).
. bench/lib/run-command.sh
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:-$(run_command_options)}
BENCH_JAVA=${BENCH_JAVA:-$(run_command_java)}   # the java that runs Inkwell
BENCH_MALLOC_ARENA_MAX=${BENCH_MALLOC_ARENA_MAX:-2}   # glibc's malloc arenas for the JVM, as docs/guide/operations.md runs it
BENCH_CDS=${BENCH_CDS:-1}                       # 1: serve from the extracted jar with a class data sharing archive
BENCH_JIT=${BENCH_JIT:-off}                     # off/on: for the database (all contenders); server: PostgreSQL's own setting
# Database connections per server in all: Hikari's pool; PostGraphile's pool per worker is this
# divided by BENCH_WORKERS (rounded up), so each server holds the same number of connections.
BENCH_POOL_SIZE=${BENCH_POOL_SIZE:-10}
PG_WORKER_POOL=$(( (BENCH_POOL_SIZE + BENCH_WORKERS - 1) / BENCH_WORKERS ))
BENCH_STATEMENT_SAMPLES=${BENCH_STATEMENT_SAMPLES:-20}
BENCH_PROFILE=${BENCH_PROFILE:-0}               # 1: record a JFR profile of Inkwell
# JDK 17 crashes (SIGSEGV in check_shared_class_file_load_hook) when JFR records a start from a
# dynamic CDS archive: a profiled run serves from the plain jar.
[ "$BENCH_PROFILE" = 1 ] && BENCH_CDS=0
BENCH_RESEED=${BENCH_RESEED:-0}                 # 1: drop and seed the database even if it matches
BENCH_SKIP_BUILD=${BENCH_SKIP_BUILD:-0}
BENCH_WRITE_DOCS=${BENCH_WRITE_DOCS:-1}         # 1: write docs/benchmarks.md and docs/benchmarks.svg
INKWELL_PORT=${BENCH_INKWELL_PORT:-18080}
POSTGRAPHILE_PORT=${BENCH_POSTGRAPHILE_PORT:-15000}
POSTGRAPHILE5_PORT=${BENCH_POSTGRAPHILE5_PORT:-15001}

OUT=bench/results/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
RESULTS=$OUT/results.tsv
log() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$OUT/run.log" >&2; }

# --- Tools ------------------------------------------------------------------------------------
apt_updated=0
need() { # need COMMAND DEBIAN_PACKAGE
	command -v "$1" >/dev/null && return
	log "installing $2 (for $1)"
	if [ "$apt_updated" = 0 ]; then apt-get update -qq; apt_updated=1; fi
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}
need wrk wrk
need psql postgresql-client
need pgbench postgresql-client
for tool in java node npm python3 curl; do
	command -v $tool >/dev/null || { echo "bench/run.sh needs $tool" >&2; exit 1; }
done

# --- Database ---------------------------------------------------------------------------------
eval "$(python3 bench/lib/dburl.py "$BENCH_DATABASE_URL")"   # DB_NAME DB_ADMIN_URL JDBC_URL DB_USER DB_PASSWORD DB_HOST
if ! pg_isready -q -d "$DB_ADMIN_URL"; then
	if [[ "$DB_HOST" =~ ^(127\.0\.0\.1|localhost)$ ]] && command -v pg_ctlcluster >/dev/null; then
		log "starting the local PostgreSQL"
		pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
		for _ in $(seq 30); do pg_isready -q -d "$DB_ADMIN_URL" && break; sleep 1; done
	fi
	pg_isready -q -d "$DB_ADMIN_URL" || { echo "PostgreSQL at $BENCH_DATABASE_URL is not reachable" >&2; exit 1; }
fi
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$BENCH_DATABASE_URL" "$@"; }
psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB_ADMIN_URL" "$@"; }

# --- Build --------------------------------------------------------------------------------------
if [ "$BENCH_SKIP_BUILD" != 1 ] || ! ls target/inkwell-*.jar >/dev/null 2>&1; then
	log "building the jar"
	./mvnw -q -DskipTests package
fi
JAR=$(ls target/inkwell-*.jar | grep -v original | head -1)

# --- Seed (only when the database is not already this scale of this generator) --------------------
fingerprint=$(cat src/main/java/dev/inkwell/seed/*.java db-changelog/* | sha1sum | cut -c1-12)
marker="inkwell-bench scale=$BENCH_SCALE generator=$fingerprint"
current=$(psql_admin -Atc "select shobj_description(oid, 'pg_database') from pg_database where datname = '$DB_NAME'")
if [ "$BENCH_RESEED" = 1 ] || [ "$current" != "$marker" ]; then
	log "seeding $DB_NAME at scale $BENCH_SCALE (was: ${current:-none})"
	psql_admin -c "drop database if exists $DB_NAME" -c "create database $DB_NAME"
	java -jar "$JAR" --spring.datasource.url="$JDBC_URL" --spring.datasource.username="$DB_USER" \
		--spring.datasource.password="$DB_PASSWORD" --inkwell.seed.scale="$BENCH_SCALE" \
		--logging.level.root=warn --logging.level.dev.inkwell.seed=info 2>&1 | tee "$OUT/seed.log" | grep -i "seed" >&2
	psql_admin -c "comment on database $DB_NAME is '$marker'"
else
	log "reusing $DB_NAME ($marker)"
fi
psql_db -f bench/sql/bench-setup.sql -f bench/sql/postgraphile-thread.sql -f bench/sql/postgraphile5-tags.sql 2>&1 | grep -v NOTICE || true
if [ "$BENCH_JIT" = server ]; then
	psql_admin -c "alter database $DB_NAME reset jit"
else
	psql_admin -c "alter database $DB_NAME set jit = $BENCH_JIT"
fi
JIT=$(psql_db -Atc "show jit")
has_pss=$(psql_db -Atc "select count(*) from pg_extension where extname = 'pg_stat_statements'")
if [ "$has_pss" = 0 ] && psql_db -Atc "show shared_preload_libraries" | grep -q pg_stat_statements; then
	psql_db -c "create extension if not exists pg_stat_statements"; has_pss=1
fi

# Values the requests pick from at random: every author, the newest post, the search words.
VALUES=$OUT/values; mkdir -p "$VALUES"
global_id() { echo "'\"' || rtrim(translate(encode(convert_to('$1:' || id, 'UTF8'), 'base64'), '+/', '-_'), '=') || '\"'"; }
psql_db -Atc "select $(global_id Author) from author order by id" > "$VALUES/inkwell-w2"
psql_db -Atc "select '\"' || id || '\"' from author order by id" > "$VALUES/postgraphile-w2"
NEWEST=$(psql_db -Atc "select id from post order by created_at desc, id desc limit 1")
psql_db -Atc "select $(global_id Post) from post where id = $NEWEST" > "$VALUES/inkwell-w3"
echo "\"$NEWEST\"" > "$VALUES/postgraphile-w3"
psql_db -Atc "select '\"' || word || '\"' from bench.search_word order by k" | tee "$VALUES/inkwell-w4" > "$VALUES/postgraphile-w4"
for w in w2 w3 w4; do cp "$VALUES/postgraphile-$w" "$VALUES/postgraphile5-$w"; done
AUTHORS=$(psql_db -Atc "select max(id) from author")
FIRST_AUTHOR=$(psql_db -Atc "select min(id) from author")   # the first value of the W2 lists (by id)
WORDS=$(wc -l < "$VALUES/inkwell-w4")
COUNTS=$(psql_db -Atc "select format('%s authors, %s posts, %s comments', to_char((select count(*) from author), 'FM999,999,999'),
	to_char((select count(*) from post), 'FM999,999,999'), to_char((select count(*) from comment), 'FM999,999,999,999'))")
log "data: $COUNTS; newest post $NEWEST; $WORDS search words"

# --- Servers ------------------------------------------------------------------------------------
PIDS=()
cleanup() {
	bench/lib/statements.sh off "$DB_ADMIN_URL" >/dev/null 2>&1 || true
	for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
	wait 2>/dev/null || true
}
trap cleanup EXIT

wait_ready() { # wait_ready URL PID -> prints milliseconds since $2 started
	local url=$1 pid=$2 started=$3
	for _ in $(seq 600); do
		if curl -s -o /dev/null -w '%{http_code}' -H 'content-type: application/json' -d '{"query":"{ __typename }"}' "$url" | grep -q 200; then
			echo $(( ($(date +%s%N) - started) / 1000000 )); return
		fi
		kill -0 "$pid" 2>/dev/null || { echo "server $pid died" >&2; return 1; }
		sleep 0.05
	done
	echo "server at $url not ready" >&2; return 1
}

# Each server names its connections, so that statement counting sees only its own sessions.
with_param() { if [[ $1 == *\?* ]]; then echo "$1&$2"; else echo "$1?$2"; fi; }

# W3's 16 clients ask for a 35,000-cost document at once; Inkwell runs 4 such at a time and by
# default refuses a request that waits more than 2 s for its turn (UNAVAILABLE). The benchmark
# measures answered requests, as PostGraphile (which has no such gate) answers them all, so the
# wait is raised: every W3 request waits for its turn and is answered.
inkwell_args() {
	echo --inkwell.graphql.expensive-wait=60s --spring.datasource.url="$(with_param "$JDBC_URL" ApplicationName=inkwell-bench)" \
		--spring.datasource.username="$DB_USER" --spring.datasource.password="$DB_PASSWORD" \
		--spring.datasource.hikari.maximum-pool-size="$BENCH_POOL_SIZE" --inkwell.demo-data.enabled=false \
		--spring.graphql.graphiql.enabled=false
}

# Class data sharing, as Spring Boot documents it: extract the jar, record the classes a start
# loads (a training run that stops after the context refresh), start with that archive.
prepare_cds() {
	# Made with the options it runs with: an archive recorded without compact object headers is not
	# mapped by a JVM that has them (it starts without, after a warning).
	local dir; dir=bench/results/cds-$( (sha1sum "$JAR"; "$BENCH_JAVA" -version 2>&1; echo "$BENCH_JAVA_OPTS") | sha1sum | cut -c1-12)
	if [ ! -f "$dir/app.jsa" ]; then
		log "class data sharing: extracting the jar and recording a start (training run)"
		rm -rf bench/results/cds-*
		"$BENCH_JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$dir/app" >/dev/null
		# shellcheck disable=SC2046,SC2086
		"$BENCH_JAVA" $BENCH_JAVA_OPTS -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh -jar "$dir/app/$(basename "$JAR")" \
			$(inkwell_args) --server.port=0 > "$OUT/cds-training.log" 2>&1
	fi
	CDS_JAR=$dir/app/$(basename "$JAR"); CDS_ARCHIVE=$dir/app.jsa
}

start_inkwell() { # start_inkwell plain|cds
	local jar=$JAR cds=()
	[ "$1" = cds ] && { jar=$CDS_JAR; cds=(-XX:SharedArchiveFile="$CDS_ARCHIVE"); }
	local jfr=()
	[ "$BENCH_PROFILE" = 1 ] && jfr=(-XX:StartFlightRecording=filename=$OUT/inkwell.jfr,settings=profile,dumponexit=true)
	local started; started=$(date +%s%N)
	# shellcheck disable=SC2046,SC2086
	MALLOC_ARENA_MAX=$BENCH_MALLOC_ARENA_MAX "$BENCH_JAVA" $BENCH_JAVA_OPTS "${cds[@]}" "${jfr[@]}" -jar "$jar" --server.port=$INKWELL_PORT $(inkwell_args) > "$OUT/inkwell.log" 2>&1 &
	INKWELL_PID=$!; PIDS+=($INKWELL_PID)
	STARTUP_MS=$(wait_ready "http://127.0.0.1:$INKWELL_PORT/graphql" $INKWELL_PID "$started")
	STARTUP_JVM=$(grep -o 'Started InkwellApplication in [0-9.]* seconds' "$OUT/inkwell.log" | grep -o '[0-9.]*' || echo "?")
	log "Inkwell ($1) ready in $STARTUP_MS ms (Spring reports ${STARTUP_JVM} s), pid $INKWELL_PID"
}

start_postgraphile() { # PostGraphile v4, BENCH_WORKERS worker processes (--cluster-workers) on one port
	if [ ! -x bench/postgraphile/node_modules/.bin/postgraphile ]; then
		log "installing PostGraphile v4 (npm)"
		(cd bench/postgraphile && npm ci --no-audit --no-fund --loglevel=error)
	fi
	local started; started=$(date +%s%N)
	# Production flags (bench/README.md): no GraphiQL, no query log, no CRUD mutations, the
	# recommended nullability for set-returning functions; the pool is per worker.
	bench/postgraphile/node_modules/.bin/postgraphile -c "$(with_param "$BENCH_DATABASE_URL" application_name=postgraphile-bench)" -s public,bench \
		--host 127.0.0.1 --port $POSTGRAPHILE_PORT --max-pool-size "$PG_WORKER_POOL" --cluster-workers "$BENCH_WORKERS" \
		--disable-graphiql --disable-query-log --disable-default-mutations --no-setof-functions-contain-nulls \
		--legacy-relations omit > "$OUT/postgraphile.log" 2>&1 &
	POSTGRAPHILE_PID=$!; PIDS+=($POSTGRAPHILE_PID)
	local ms; ms=$(wait_ready "http://127.0.0.1:$POSTGRAPHILE_PORT/graphql" $POSTGRAPHILE_PID "$started")
	wait_workers $POSTGRAPHILE_PID
	log "PostGraphile v4 ready in $ms ms, pid $POSTGRAPHILE_PID, $BENCH_WORKERS workers with $PG_WORKER_POOL connections each"
}

start_postgraphile5() { # PostGraphile v5 (Amber preset), BENCH_WORKERS workers under node:cluster, Node.js 22 from npm
	if [ ! -x bench/postgraphile5/node_modules/.bin/node ] || [ ! -d bench/postgraphile5/node_modules/postgraphile ]; then
		log "installing PostGraphile v5 and Node.js 22 (npm)"
		(cd bench/postgraphile5 && npm ci --no-audit --no-fund --loglevel=error)
	fi
	local started; started=$(date +%s%N)
	(cd bench/postgraphile5 && exec env GRAPHILE_ENV=production NODE_ENV=production PORT=$POSTGRAPHILE5_PORT \
		WORKERS="$BENCH_WORKERS" POOL_SIZE="$PG_WORKER_POOL" \
		DATABASE_URL="$(with_param "$BENCH_DATABASE_URL" application_name=postgraphile5-bench)" \
		node_modules/.bin/node server.mjs) > "$OUT/postgraphile5.log" 2>&1 &
	POSTGRAPHILE5_PID=$!; PIDS+=($POSTGRAPHILE5_PID)
	local ms; ms=$(wait_ready "http://127.0.0.1:$POSTGRAPHILE5_PORT/graphql" $POSTGRAPHILE5_PID "$started")
	wait_workers $POSTGRAPHILE5_PID
	log "PostGraphile v5 ready in $ms ms, pid $POSTGRAPHILE5_PID, $BENCH_WORKERS workers with $PG_WORKER_POOL connections each"
}

wait_workers() { # wait_workers PID: until the cluster primary PID has BENCH_WORKERS children and they all answer
	local pid=$1
	for _ in $(seq 300); do
		[ "$(pgrep -c -P "$pid" || true)" -ge "$BENCH_WORKERS" ] && break
		sleep 0.1
	done
	[ "$(pgrep -c -P "$pid" || true)" -ge "$BENCH_WORKERS" ] || { echo "pid $pid did not start $BENCH_WORKERS workers" >&2; return 1; }
	sleep 3   # the first worker answered wait_ready; give the others time to build their schema
}

# --- Measuring ----------------------------------------------------------------------------------
peak_rss_mb() { # peak_rss_mb PID SECONDS: samples the resident set of PID and its children
	local pid=$1 end=$(( $(date +%s) + $2 )) peak=0 rss
	while [ "$(date +%s)" -lt "$end" ]; do
		rss=$(ps -o rss= --pid "$pid" --ppid "$pid" 2>/dev/null | awk '{s += $1} END {print s + 0}')
		[ "$rss" -gt "$peak" ] && peak=$rss
		sleep 0.5
	done
	echo $(( peak / 1024 ))
}

body_template() { # body_template DOCUMENT VARIABLE -> request JSON with __VALUE__ for the variable
	python3 - "$1" "$2" <<'EOF'
import json, sys
document = open(sys.argv[1]).read()
variable = sys.argv[2]
body = json.dumps({"query": document, "variables": {variable: "__MARK__"} if variable != "-" else {}})
print(body.replace('"__MARK__"', "__VALUE__"))
EOF
}

check_response() { # check_response URL BODY_FILE -> response bytes, or fails on GraphQL errors
	local response; response=$(curl -s -H 'content-type: application/json' --data-binary "@$2" "$1")
	if ! grep -q '"data"' <<<"$response" || grep -q '"errors"' <<<"$response"; then
		echo "bad response from $1: ${response:0:400}" >&2; return 1
	fi
	echo ${#response}
}

variable_of() { case $1 in w1) echo -;; w2|w3) echo id;; w4) echo query;; esac; }

warm_server() { # warm_server SERVER: W1 and W2, BENCH_SERVER_WARMUP seconds in all
	local server=$1 w template values url dir
	url=$(url_of "$server"); dir=$(documents_of "$server")
	[ "$BENCH_SERVER_WARMUP" -gt 0 ] || return 0
	for w in w1 w2; do
		template=$OUT/$server-$w.warm.json
		body_template "$(ls "$dir"/$w-*.graphql)" "$(variable_of $w)" > "$template"
		values=$VALUES/$server-$w; [ -f "$values" ] || : > "$values"
		wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"$(( BENCH_SERVER_WARMUP / 2 ))s" --timeout 30s -s bench/wrk/graphql.lua "$url" -- \
			"$template" "$values" > /dev/null
	done
	log "$server warmed up: ${BENCH_SERVER_WARMUP} s of W1 and W2"
}

url_of() { case $1 in inkwell) echo "http://127.0.0.1:$INKWELL_PORT/graphql";; postgraphile) echo "http://127.0.0.1:$POSTGRAPHILE_PORT/graphql";;
	postgraphile5) echo "http://127.0.0.1:$POSTGRAPHILE5_PORT/graphql";; esac; }
documents_of() { case $1 in inkwell) echo bench/workloads;; *) echo "bench/workloads/$1";; esac; }
pid_of() { case $1 in inkwell) echo "$INKWELL_PID";; postgraphile) echo "$POSTGRAPHILE_PID";; postgraphile5) echo "$POSTGRAPHILE5_PID";; esac; }

first_value() { # first_value TEMPLATE VALUES -> the request body with the first value of the list
	sed "s/__VALUE__/$(head -1 "$2" 2>/dev/null | sed 's/[\/&]/\\&/g')/" "$1"
}

check_same_rows() { # check_same_rows WORKLOAD: every contender's answer for the first value, normalised, must agree
	local w=$1 server answers=() template
	for server in $BENCH_SERVERS; do
		local answer=$OUT/answer-$server-$w.json
		if [ "$server" = floor ]; then
			# The floor's statement with psql, its pgbench variables given for the first value.
			sed '/^\\set /d' "bench/sql/floor-$w.sql" | psql_db -At -v aid="$FIRST_AUTHOR" -v newest="$NEWEST" -v authors="$AUTHORS" > "$answer"
		else
			template=$OUT/$server-$w.check.json
			body_template "$(ls "$(documents_of "$server")"/$w-*.graphql)" "$(variable_of "$w")" > "$template"
			[ -f "$VALUES/$server-$w" ] || : > "$VALUES/$server-$w"
			first_value "$template" "$VALUES/$server-$w" | curl -s -H 'content-type: application/json' --data-binary @- "$(url_of "$server")" > "$answer"
		fi
		answers+=("$server=$answer")
	done
	python3 bench/lib/same_rows.py "$w" "${answers[@]}" 2>&1 | tee -a "$OUT/run.log" >&2
	[ "${PIPESTATUS[0]}" = 0 ]
}

measure_http() { # measure_http SERVER WORKLOAD ROUND: warm-up, measured run, statement count (first round only)
	local server=$1 workload=$2 round=$3 url document pid variable template values first bytes load
	url=$(url_of "$server"); document=$(ls "$(documents_of "$server")"/$workload-*.graphql); pid=$(pid_of "$server")
	load=$(cut -d' ' -f1 /proc/loadavg)
	variable=$(variable_of "$workload")
	template=$OUT/$server-$workload.json
	body_template "$document" "$variable" > "$template"
	values=$VALUES/$server-$workload; [ -f "$values" ] || : > "$values"
	first=$OUT/$server-$workload.first.json
	sed "s/__VALUE__/$(head -1 "$values" | sed 's/[\/&]/\\&/g')/" "$template" > "$first"
	bytes=$(check_response "$url" "$first")
	wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"${BENCH_WARMUP}s" --timeout 30s -s bench/wrk/graphql.lua "$url" -- "$template" "$values" > /dev/null
	peak_rss_mb "$pid" "$BENCH_DURATION" > "$OUT/rss" &
	local sampler=$!
	wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"${BENCH_DURATION}s" --timeout 30s --latency -s bench/wrk/graphql.lua "$url" -- \
		"$template" "$values" > "$OUT/$server-$workload-r$round.wrk"
	wait $sampler
	local result; result=$(grep "^RESULT" "$OUT/$server-$workload-r$round.wrk")
	load="$load $(cut -d' ' -f1 /proc/loadavg)"
	local statements="n/a n/a" samples=$BENCH_STATEMENT_SAMPLES
	[ "$workload" = w3 ] && [ "$samples" -gt 5 ] && samples=5   # each is a 1 MB answer
	if [ "$samples" -gt 0 ] && [ "$round" = 1 ]; then
		statements=$(bench/lib/statements.sh count "$DB_ADMIN_URL" "$server-bench" "$has_pss" "$BENCH_DATABASE_URL" \
			"$samples" "$url" "$template" "$values")
	fi
	record "$workload" "$server" "$result" "$statements" "$(cat "$OUT/rss")" "$bytes" "$round" "$load"
}

measure_floor() { # measure_floor WORKLOAD ROUND: pgbench runs the hand-written SQL, one statement a request
	local workload=$1 round=$2 load; load=$(cut -d' ' -f1 /proc/loadavg)
	local script=bench/sql/floor-$workload.sql
	local args=(-n -c "$BENCH_CONNECTIONS" -j "$BENCH_THREADS" -f "$script" -D authors="$AUTHORS" -D newest="$NEWEST" -D words="$WORDS")
	pgbench "${args[@]}" -T "$BENCH_WARMUP" "$BENCH_DATABASE_URL" > /dev/null 2>&1
	rm -f "$OUT"/pgbench-"$workload".*
	pgbench "${args[@]}" -T "$BENCH_DURATION" -l --log-prefix="$OUT/pgbench-$workload" "$BENCH_DATABASE_URL" > "$OUT/floor-$workload.pgbench" 2>&1
	local result; result=$(cat "$OUT"/pgbench-"$workload".* | python3 bench/lib/pgbench_summary.py "$BENCH_DURATION")
	record "$workload" floor "$result" "1 1" "" "" "$round" "$load $(cut -d' ' -f1 /proc/loadavg)"
}

measure_mix() { # measure_mix URL PID: W5, 40 % W1, 40 % W2, 20 % addComment as a freshly registered author
	local url=$1 pid=$2 name load; name=bench_w5_$(date +%s); load=$(cut -d' ' -f1 /proc/loadavg)
	local token; token=$(curl -s -H 'content-type: application/json' "$url" -d "{\"query\":\"mutation { register(input: {username: \\\"$name\\\", email: \\\"$name@example.com\\\", password: \\\"bench-password-2026\\\"}) { token } }\"}" \
		| python3 -c 'import json, sys; print(json.load(sys.stdin)["data"]["register"]["token"])')
	# Comments go to older posts (not the 100 newest, not the deep thread): W1 and W3 keep their answers.
	psql_db -Atc "select '{\"postId\":' || $(global_id Post) || ',\"body\":\"A comment from the benchmark.\"}' from post
		where id % 50 = 0 and id < (select max(id) - 100 from post) order by id" > "$VALUES/inkwell-w5"
	body_template bench/workloads/w1-feed.graphql - > "$OUT/inkwell-w5-w1.json"
	body_template bench/workloads/w2-author.graphql id > "$OUT/inkwell-w5-w2.json"
	body_template bench/workloads/w5-add-comment.graphql input > "$OUT/inkwell-w5.json"
	local args=("$OUT/inkwell-w5-w1.json" "$OUT/inkwell-w5-w2.json" "$VALUES/inkwell-w2" "$OUT/inkwell-w5.json" "$VALUES/inkwell-w5" "$token")
	sed "s/__VALUE__/$(head -1 "$VALUES/inkwell-w5" | sed 's/[\/&]/\\&/g')/" "$OUT/inkwell-w5.json" \
		| curl -s -H 'content-type: application/json' -H "Authorization: Bearer $token" --data-binary @- "$url" | grep -q '"addComment"' \
		|| { echo "addComment failed" >&2; return 1; }
	psql_admin -c "comment on database $DB_NAME is 'inkwell-bench modified by W5'"   # the next run seeds again
	wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"${BENCH_WARMUP}s" --timeout 30s -s bench/wrk/mix.lua "$url" -- "${args[@]}" > /dev/null
	peak_rss_mb "$pid" "$BENCH_DURATION" > "$OUT/rss" &
	local sampler=$!
	wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"${BENCH_DURATION}s" --timeout 30s --latency -s bench/wrk/mix.lua "$url" -- "${args[@]}" \
		> "$OUT/inkwell-w5.wrk"
	wait $sampler
	record w5 inkwell "$(grep '^RESULT' "$OUT/inkwell-w5.wrk")" "n/a n/a" "$(cat "$OUT/rss")" "" 1 "$load $(cut -d' ' -f1 /proc/loadavg)"
}

record() { # record WORKLOAD SERVER "RESULT rps=.. p50_ms=.. p99_ms=.. requests=.. errors=.." "STATEMENTS QUERIES" RSS_MB BYTES ROUND "LOAD_BEFORE LOAD_AFTER"
	local fields; fields=$(sed -E 's/^RESULT //; s/[a-z0-9_]+=//g' <<<"$3")
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$(tr ' ' '\t' <<<"$fields")" "$(tr ' ' '\t' <<<"$4")" "${5:-}" "${6:-}" \
		"$7" "$(tr ' ' '\t' <<<"$8")" >> "$RESULTS"
	log "$1 $2 round $7: $3 statements,queries/request=$4 rss_mb=${5:-} bytes=${6:-} load(1 min)=${8/ / -> }"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src db-changelog bench schema.graphqls pom.xml || echo '+changes')
printf 'workload\tserver\trps\tp50_ms\tp99_ms\trequests\terrors\tstatements\tqueries\trss_mb\tbytes\tround\tload_before\tload_after\n' > "$RESULTS"
# All servers stay up, and each workload is measured on every contender in turn, BENCH_ROUNDS
# times (A B C D A B C D): the host's speed drifts (by up to 2x over ten minutes on a shared
# machine), and runs a minute apart compare better than runs ten minutes apart.
runs() { [[ " $BENCH_SERVERS " == *" $1 "* ]]; }
if runs inkwell; then
	# Start-up on the migrated database: first as docs/guide/operations.md's plain `java -jar`, then with CDS.
	BENCH_PROFILE=0 start_inkwell plain
	STARTUP_PLAIN_MS=$STARTUP_MS; STARTUP_PLAIN_JVM=$STARTUP_JVM
	kill $INKWELL_PID; wait $INKWELL_PID 2>/dev/null || true
	if [ "$BENCH_CDS" = 1 ]; then prepare_cds; start_inkwell cds; else start_inkwell plain; fi
fi
if runs postgraphile5; then start_postgraphile5; fi
if runs postgraphile; then start_postgraphile; fi
# The same rows from everyone before anything is measured (W1-W3; W4's ranking ties may order differently).
for w in $BENCH_WORKLOADS; do
	case $w in w1|w2|w3) check_same_rows "$w" || { log "contenders disagree on $w: stopping"; exit 1; };; esac
done
for server in inkwell postgraphile5 postgraphile; do
	if runs $server; then warm_server $server; fi
done
for w in ${BENCH_WORKLOADS/w5/}; do
	for round in $(seq "$BENCH_ROUNDS"); do
		for server in $BENCH_SERVERS; do
			case $server in
				floor) measure_floor "$w" "$round";;
				*) measure_http "$server" "$w" "$round";;
			esac
		done
	done
done
if runs inkwell && [[ " $BENCH_WORKLOADS " == *" w5 "* ]]; then
	measure_mix "http://127.0.0.1:$INKWELL_PORT/graphql" $INKWELL_PID
fi
for server in inkwell postgraphile5 postgraphile; do
	if runs $server; then pid=$(pid_of $server); kill "$pid"; wait "$pid" 2>/dev/null || true; fi
done

# --- Report -------------------------------------------------------------------------------------
{
	echo "scale=$BENCH_SCALE"
	echo "data=$COUNTS"
	echo "startup_ms=${STARTUP_PLAIN_MS:-}"
	echo "startup_spring_s=${STARTUP_PLAIN_JVM:-}"
	[ "$BENCH_CDS" = 1 ] && echo "startup_cds_ms=${STARTUP_MS:-}" && echo "startup_cds_spring_s=${STARTUP_JVM:-}"
	echo "served_from=$([ "$BENCH_CDS" = 1 ] && echo 'extracted jar with a CDS archive' || echo 'the jar')"
	echo "duration=$BENCH_DURATION"; echo "warmup=$BENCH_WARMUP"; echo "server_warmup=$BENCH_SERVER_WARMUP"
	echo "threads=$BENCH_THREADS"; echo "connections=$BENCH_CONNECTIONS"; echo "pool=$BENCH_POOL_SIZE"
	echo "workers=$BENCH_WORKERS"; echo "worker_pool=$PG_WORKER_POOL"; echo "rounds=$BENCH_ROUNDS"
	echo "servers=$BENCH_SERVERS"
	echo "java_opts=$BENCH_JAVA_OPTS (MALLOC_ARENA_MAX=$BENCH_MALLOC_ARENA_MAX)"
	echo "statements_method=$([ "$has_pss" = 1 ] && echo pg_stat_statements || echo log_statement)"
	echo "statement_samples=$BENCH_STATEMENT_SAMPLES"
	echo "jit=$JIT"
	echo "cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores"
	echo "memory=$(free -g | awk '/^Mem:/ {print $2}') GiB"
	echo "os=$(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
	echo "java=$("$BENCH_JAVA" -version 2>&1 | head -1)"
	echo "node=$(node --version)"
	echo "postgresql=$(psql_db -Atc 'show server_version') (jit=$JIT, shared_buffers=$(psql_db -Atc 'show shared_buffers'))"
	echo "postgraphile=$(cd bench/postgraphile && node -p 'require("postgraphile/package.json").version' 2>/dev/null || echo '?') on Node.js $(node --version)"
	echo "postgraphile5=$(cd bench/postgraphile5 && node -p 'require("./node_modules/postgraphile/package.json").version' 2>/dev/null || echo '?') on Node.js $(bench/postgraphile5/node_modules/.bin/node --version 2>/dev/null || echo '?')"
	echo "wrk=$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
	echo "commit=$COMMIT"
	echo "date=$(date -u +'%Y-%m-%d %H:%M UTC')"
	echo "load=$LOAD_BEFORE before, $(cut -d' ' -f1-3 /proc/loadavg) after (1, 5, 15 min)"
} > "$OUT/run.properties"
if [ "$BENCH_PROFILE" = 1 ] && [ -f "$OUT/inkwell.jfr" ]; then
	bench/lib/jfr-hotspots.sh "$OUT/inkwell.jfr" > "$OUT/hotspots.txt" && log "JFR hot spots: $OUT/hotspots.txt"
fi
python3 bench/lib/report.py "$OUT" $([ "$BENCH_WRITE_DOCS" = 1 ] && echo --docs docs)
log "results in $OUT"
