#!/usr/bin/env bash
# Hot spots of a JFR recording: the top frames of execution samples (where the CPU was), and the
# dev.inkwell / driver / graphql-java frames that appear anywhere in sampled stacks.
set -eu   # no pipefail: head closing a pipe early is fine here
jfr=$1
tmp=$(mktemp); trap 'rm -f "$tmp"' EXIT
jfr print --events jdk.ExecutionSample --stack-depth 64 "$jfr" > "$tmp"
samples=$(grep -c 'jdk.ExecutionSample' "$tmp" || true)
echo "execution samples: $samples"
echo; echo "== top frames (self time)"
awk '/stackTrace = \[/ {getline; sub(/^ +/, ""); sub(/line:.*/, ""); print}' "$tmp" | sort | uniq -c | sort -rn | head -25
echo; echo "== packages of the top frame"
awk '/stackTrace = \[/ {getline; sub(/^ +/, ""); sub(/\.[A-Za-z0-9_$]+\(.*/, ""); n = split($0, p, "."); print p[1] "." p[2] "." p[3]}' "$tmp" \
	| sort | uniq -c | sort -rn | head -15
echo; echo "== inclusive: samples whose stack holds the frame"
for frame in 'graphql.parser' 'graphql.validation' 'graphql.execution' 'graphql.execution.instrumentation' 'org.dataloader' \
	'org.springframework.graphql' 'org.springframework.data' 'org.springframework.jdbc' 'org.postgresql' 'com.zaxxer.hikari' \
	'com.fasterxml.jackson|tools.jackson' 'org.apache.coyote|org.apache.tomcat' 'java.util.Formatter' 'dev.inkwell' \
	'dev.inkwell.graphql' 'GlobalId|Cursor' 'jdk.internal.misc.Unsafe.park'; do
	n=$(awk -v re="$frame" '/jdk.ExecutionSample/ {if (hit) c++; hit = 0} $0 ~ re {hit = 1} END {if (hit) c++; print c + 0}' "$tmp")
	printf '%6d  %s\n' "$n" "$frame"
done
