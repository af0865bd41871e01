#!/usr/bin/env bash
# SQL statements per GraphQL request, counted on the database side while N requests are sent
# one after the other (nothing else runs then):
#   statements.sh count ADMIN_URL APPLICATION_NAME HAS_PG_STAT_STATEMENTS DB_URL N URL TEMPLATE VALUES
#   statements.sh off ADMIN_URL
# Where the server log is readable (the local server): log_statement=all for the counting window only, set by
# ALTER SYSTEM + pg_reload_conf() (no restart), and the statements logged for this database are
# counted in the server log, for the sessions of the server under test only (by its
# application_name: someone else's load on the same database does not count, nor the server's own
# background statements, such as the subscription outbox poll). Otherwise, with pg_stat_statements
# (needs shared_preload_libraries): the sum of calls in this database, every session's. Prints two figures per request: every statement (BEGIN/COMMIT and
# connection checks included, as pg_stat_statements counts them) and the queries among them
# (what is left without transaction control, empty validation queries and SET/set_config).
set -euo pipefail
here=$(dirname "$0")
action=$1 admin=$2
off() {
	psql -X -q -d "$admin" -c "alter system reset log_statement" -c "select pg_reload_conf()" >/dev/null
}
[ "$action" = off ] && { off; exit 0; }
app=$3 has_pss=$4 db_url=$5 n=$6 url=$7 template=$8 values=$9
# The measured round has just ended, but a server may still be executing the requests it had
# queued (a W3 thread takes seconds under load): their statements would count as these N
# requests'. So wait until none of the server's sessions has run a statement for 2 s (at most 60 s).
quiet=0
for _ in $(seq 300); do
	active=$(psql -X -d "$db_url" -Atc "select count(*) from pg_stat_activity
		where application_name = '$app' and (state <> 'idle' or state_change > now() - interval '200 milliseconds')")
	if [ "$active" = 0 ]; then quiet=$((quiet + 1)); else quiet=0; fi
	[ "$quiet" -ge 10 ] && break
	sleep 0.2
done
logfile=$(ls -t /var/log/postgresql/postgresql-*-main.log 2>/dev/null | head -1 || true)
if [ "$has_pss" = 1 ] && { [ -z "$logfile" ] || [ ! -r "$logfile" ]; }; then
	psql -X -q -d "$db_url" -Atc "select pg_stat_statements_reset()" >/dev/null
	python3 "$here/send.py" "$url" "$template" "$values" "$n"
	read -r total queries < <(psql -X -d "$db_url" -AtF ' ' -c "select coalesce(sum(calls), 0),
		coalesce(sum(calls) filter (where s.query !~* '^\\s*(begin|commit|rollback|set |select set_config|$)'), 0)
		from pg_stat_statements s join pg_database d on d.oid = s.dbid
		where d.datname = current_database() and s.query not ilike '%pg_stat_statements%'")
else
	if [ -z "$logfile" ] || [ ! -r "$logfile" ]; then echo "n/a"; exit 0; fi
	psql -X -q -d "$admin" -c "alter system set log_statement = 'all'" -c "select pg_reload_conf()" >/dev/null
	sleep 0.5
	size=$(stat -c %s "$logfile")
	python3 "$here/send.py" "$url" "$template" "$values" "$n" || { off; exit 1; }
	sleep 0.5
	off
	pids=$(psql -X -d "$db_url" -Atc "select string_agg(pid::text, '|') from pg_stat_activity where application_name = '$app'")
	[ -n "$pids" ] || { echo "n/a n/a"; exit 0; }
	logged=$(tail -c +$((size + 1)) "$logfile" | grep -E "\[($pids)\] [^ ]+ LOG:  (statement|execute [^:]*):" || true)
	total=$(grep -c . <<<"$logged" || true)
	queries=$(grep -cviE "(statement|execute [^:]*): *(begin|commit|rollback|set |select set_config|$)" <<<"$logged" || true)
fi
awk -v total="$total" -v queries="$queries" -v n="$n" 'BEGIN { printf "%.1f %.1f\n", total / n, queries / n }'
