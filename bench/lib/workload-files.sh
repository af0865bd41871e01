# Sourced by the Inkwell-alone tools (jvm-ab.sh, interleaved-ab.sh): writes the request body of one
# workload for bench/wrk/graphql.lua and the values its variable takes at random.
#   workload_files WORKLOAD DB_URL BODY_FILE VALUES_FILE   (WORKLOAD: w1, w2 or w3; DB_URL postgres://)
workload_files() {
	local workload=$1 db_url=$2 body_file=$3 values_file=$4
	body() { python3 -c 'import json,sys; v=sys.argv[2]; print(json.dumps({"query": open(sys.argv[1]).read(), "variables": {v: "__MARK__"} if v != "-" else {}}).replace("\"__MARK__\"", "__VALUE__"))' "$1" "$2"; }
	global_id() { echo "'\"' || rtrim(translate(encode(convert_to('$1:' || id, 'UTF8'), 'base64'), '+/', '-_'), '=') || '\"'"; }
	case $workload in
	w1) body bench/workloads/w1-feed.graphql - > "$body_file"; : > "$values_file" ;;
	w2) body bench/workloads/w2-author.graphql id > "$body_file"
		psql -X -Atq -d "$db_url" -c "select $(global_id Author) from author order by id" > "$values_file" ;;
	w3) body bench/workloads/w3-thread.graphql id > "$body_file"
		psql -X -Atq -d "$db_url" -c "select $(global_id Post) from post order by created_at desc, id desc limit 1" > "$values_file" ;;
	*) echo "WORKLOAD: w1, w2 or w3" >&2; exit 2 ;;
	esac
}
