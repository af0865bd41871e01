# Sourced by the bench scripts: the JDK and the JVM options of the README's run command, read from
# pom.xml (inkwell.jdk, inkwell.jvm-options; ADR 043), so a benchmark runs the jar as a user does.
#   run_command_java      prints the path of a java of version inkwell.jdk or later, or says where it
#                         looked and returns 1
#   run_command_options   prints inkwell.jvm-options
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
