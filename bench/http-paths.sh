#!/usr/bin/env bash
# HTTP benchmark of the deal paths endpoint on a generated 500-person deal.
#   bench/http-paths.sh [PEOPLE] [REQUESTS]
# Starts the packaged application (embedded Neo4j, own data directory, free ports), imports the
# deal, and reports p50/p90/p99 of GET /deals/{id}/paths next to a baseline one-node read
# (GET /deals/{id}) measured in the same run, and how soon a tie written through it reaches the
# answers of a second instance on the same database.
set -euo pipefail
PEOPLE=${1:-500}
REQUESTS=${2:-400}
here="$(cd "$(dirname "$0")" && pwd)"
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
jar="$(ls "$root"/target/dealgraph-*.jar 2>/dev/null | grep -v '\.original' | head -1 || true)"
if [[ -z "$jar" ]]; then
	(cd "$root" && ./mvnw -q -DskipTests package)
	jar="$(ls "$root"/target/dealgraph-*.jar | grep -v '\.original' | head -1)"
fi
free_port() { "$JAVA" "$here/http/FreePort.java"; }
# waits up to three minutes for an instance to report UP, else shows its log and fails
wait_healthy() {
	for _ in $(seq 1 180); do
		curl -sf "http://localhost:$1/actuator/health" >/dev/null 2>&1 && return 0
		sleep 1
	done
	tail -50 "$2"
	exit 1
}
http_port=$(free_port)
bolt_port=$(free_port)
data=$(mktemp -d)
log="$data/app.log"
"$JAVA" -jar "$jar" --server.port="$http_port" --dealgraph.embedded.bolt-port="$bolt_port" \
	--dealgraph.embedded.data-dir="$data/neo4j" --dealgraph.demo-data=false >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
wait_healthy "$http_port" "$log"
# a second instance on the same database, to time how soon a write through the first reaches it
second_port=$(free_port)
"$JAVA" -jar "$jar" --server.port="$second_port" --NEO4J_URI="bolt://127.0.0.1:$bolt_port" \
	--dealgraph.demo-data=false >"$data/second.log" 2>&1 &
second=$!
trap 'kill $app $second 2>/dev/null; wait $app $second 2>/dev/null; rm -rf "$data"' EXIT
wait_healthy "$second_port" "$data/second.log"
"$JAVA" "$here/http/HttpPathsBench.java" "http://localhost:$http_port" "$PEOPLE" "$REQUESTS" \
	"http://localhost:$second_port"
