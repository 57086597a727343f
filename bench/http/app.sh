# Sourced by the HTTP benchmarks: a JDK 21+, the packaged application, free ports, and
# start_app/start_jar/wait_healthy/admin_key to run instances that are stopped when the script exits, keeping the
# script's own exit status.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="$(cd "$here/.." && pwd)"
if [[ -z "${JAVA_HOME:-}" ]]; then
	for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
		if "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
			export JAVA_HOME="${candidate%/}"
			break
		fi
	done
fi
JAVA="$JAVA_HOME/bin/java"
# APP_JAR: the build to run instead of this checkout's package
jar="${APP_JAR:-$(ls "$root"/target/dealgraph-*.jar 2>/dev/null | grep -v '\.original' | head -1 || true)}"
if [[ -z "$jar" ]]; then
	(cd "$root" && ./mvnw -q -DskipTests package)
	jar="$(ls "$root"/target/dealgraph-*.jar | grep -v '\.original' | head -1)"
fi
free_port() { "$JAVA" "$here/http/FreePort.java"; }
data=$(mktemp -d)
apps=()
trap 'status=$?; kill "${apps[@]}" 2>/dev/null; wait "${apps[@]}" 2>/dev/null || true; rm -rf "$data"; exit $status' EXIT

# start_app LOG ARGS...: the packaged application with these arguments, logging to LOG
start_app() {
	start_jar "$jar" "$@"
}

# start_jar JAR LOG ARGS...: another build of the application (an older one, to compare with)
start_jar() {
	local build=$1 log=$2
	shift 2
	# the benchmarks measure answers, not the per-caller rate limit (an older build ignores it);
	# APP_JAVA_OPTS: JVM options for every instance, a flight recording say
	# shellcheck disable=SC2086
	"$JAVA" ${APP_JAVA_OPTS:-} -jar "$build" --dealgraph.demo-data=false \
		--dealgraph.access.rate-limit.requests-per-second=1000000 "$@" >"$log" 2>&1 &
	apps+=($!)
}

# admin_key FILE: the admin key the first start writes (pass --dealgraph.access.admin-key-file=FILE)
admin_key() {
	for _ in $(seq 1 60); do
		[[ -s "$1" ]] && { tr -d '[:space:]' <"$1"; return 0; }
		sleep 1
	done
	echo "no admin key in $1" >&2
	exit 1
}

# wait_healthy PORT LOG: waits up to three minutes for an instance to report UP, else shows its log and fails
wait_healthy() {
	for _ in $(seq 1 180); do
		curl -sf "http://localhost:$1/actuator/health" >/dev/null 2>&1 && return 0
		sleep 1
	done
	tail -50 "$2"
	exit 1
}
