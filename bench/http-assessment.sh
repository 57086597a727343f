#!/usr/bin/env bash
# HTTP benchmark of the assessment: a generated 500-person deal and a pipeline of 1,000 open deals.
#   bench/http-assessment.sh [PEOPLE] [DEALS] [REQUESTS]
# Starts the packaged application (embedded Neo4j, own data directory, free ports), imports the
# deals, and reports p50/p90/p99 of GET /deals/{id}/assessment next to the same deal's paths answer
# and a one-node read (GET /deals/{id}) measured in the same run, and of GET /pipeline warm and
# right after a write.
set -euo pipefail
PEOPLE=${1:-500}
DEALS=${2:-1000}
REQUESTS=${3:-300}
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
http_port=$(free_port)
bolt_port=$(free_port)
data=$(mktemp -d)
log="$data/app.log"
# the shared message bundles, in case this build's application.properties does not list them yet
"$JAVA" -jar "$jar" --server.port="$http_port" --dealgraph.embedded.bolt-port="$bolt_port" \
	--dealgraph.embedded.data-dir="$data/neo4j" --dealgraph.demo-data=false \
	--spring.messages.basename=i18n/problems,i18n/paths,i18n/assessment >"$log" 2>&1 &
app=$!
# keeps the script's own exit status, not the stopped application's
trap 'status=$?; kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$data"; exit $status' EXIT
for _ in $(seq 1 180); do
	curl -sf "http://localhost:$http_port/actuator/health" >/dev/null 2>&1 && break
	sleep 1
done
curl -sf "http://localhost:$http_port/actuator/health" >/dev/null || { tail -50 "$log"; exit 1; }
uptime
"$JAVA" "$here/http/HttpAssessmentBench.java" "http://localhost:$http_port" "$PEOPLE" "$DEALS" "$REQUESTS"
uptime
