# Sourced by the bench scripts: the JDK and the JVM options of the README's run command, read from
# pom.xml (inkwell.jdk, inkwell.jvm-options; ADR 043), so a benchmark runs the jar as a user does.
#   run_command_java      prints the path of a java of version inkwell.jdk or later, or says where it
#                         looked and returns 1
#   run_command_options   prints inkwell.jvm-options
#   await_answer URL BODY PID LOG   waits until the server at URL answers BODY (JSON, or @file), for
#                         at most 2 minutes; if process PID ends first, prints its LOG; returns 1 on either
# Looks where maven-toolchains-plugin looks on Linux and macOS: JAVA<n>_HOME, JAVA_HOME, /usr/lib/jvm,
# /Library/Java/JavaVirtualMachines, SDKMAN, ~/.jdks, then the java on the PATH.
pom_property() { sed -n "s|.*<$1>\(.*\)</$1>.*|\1|p" pom.xml | head -1; }

run_command_options() { pom_property inkwell.jvm-options; }

run_command_java() {
	local wanted home release major env_home
	wanted=$(pom_property inkwell.jdk)
	env_home="JAVA${wanted}_HOME"
	for home in "${!env_home:-}" "${JAVA_HOME:-}" /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
		"$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"; do
		release=$home/release
		[ -n "$home" ] && [ -x "$home/bin/java" ] && [ -f "$release" ] || continue
		major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
		if [ -n "$major" ] && [ "$major" -ge "$wanted" ]; then
			echo "$home/bin/java"
			return 0
		fi
	done
	echo "no JDK $wanted or later found (JAVA${wanted}_HOME, JAVA_HOME, /usr/lib/jvm, SDKMAN, ~/.jdks, PATH); install one or set JAVA${wanted}_HOME" >&2
	return 1
}

await_answer() {
	local url=$1 body=$2 pid=$3 log=$4
	for _ in $(seq 2400); do
		curl -s -o /dev/null -H 'content-type: application/json' -d "$body" "$url" && return 0
		kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; return 1; }
		sleep 0.05
	done
	echo "no answer from $url within 2 minutes" >&2
	return 1
}
