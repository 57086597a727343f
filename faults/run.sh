#!/usr/bin/env bash
# The fault suite: the packaged application killed 20 times under writes, its database cut
# off behind a proxy, and Bolt connections cut at RUN, PULL and COMMIT. Not part of
# ./mvnw verify. Usage: faults/run.sh [kills,unreachable,cuts]   (KILLS=20 by default)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [[ -z "${JAVA_HOME:-}" ]]; then
	for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
		if "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[2-9]|[3-9][0-9])'; then
			export JAVA_HOME="${candidate%/}"
			break
		fi
	done
fi
jar="${APP_JAR:-$(ls target/dealgraph-*.jar 2>/dev/null | grep -v '\.original' | head -1 || true)}"
if [[ -z "$jar" ]]; then
	./mvnw -B -ntp -q -DskipTests package
	jar="$(ls target/dealgraph-*.jar | grep -v '\.original' | head -1)"
fi
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
work="$(mktemp -d)"
# the logs of every run stay in target/faults-logs
trap 'rm -rf "$root/target/faults-logs"; mv "$work/run" "$root/target/faults-logs" 2>/dev/null; rm -rf "$work"' EXIT
# the stand-alone Neo4j runs on the jars the application itself ships
mkdir -p "$work/app" && (cd "$work/app" && "$JAVA_HOME/bin/jar" xf "$jar" BOOT-INF/lib)
mkdir -p "$work/run"
"$JAVA_HOME/bin/java" -Dkills="${KILLS:-20}" faults/FaultSuite.java "$jar" "$work/app/BOOT-INF/lib" "$work/run" "${1:-kills,unreachable,cuts}"

