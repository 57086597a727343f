#!/usr/bin/env bash
# HTTP benchmark of the deal paths endpoint on a generated 500-person deal.
#   bench/http-paths.sh [PEOPLE] [REQUESTS]
#   BASE_JAR=/tmp/bench-base/target/dealgraph-0.1.0-SNAPSHOT.jar bench/http-paths.sh
# Starts the packaged application (embedded Neo4j, own data directory, free ports), imports the
# deal, and reports p50/p90/p99 of GET /deals/{id}/paths, as the admin and as a team reader who
# may not read a tenth of the people around the deal, next to a baseline one-node read
# (GET /deals/{id}) measured in the same run, and how soon a tie written through it reaches the
# answers of a second instance on the same database. With BASE_JAR, that build (an older one)
# is started too, on a database of its own with the same data, and its paths answers are timed
# interleaved with this build's.
set -euo pipefail
PEOPLE=${1:-500}
REQUESTS=${2:-400}
source "$(dirname "$0")/http/app.sh"
http_port=$(free_port)
bolt_port=$(free_port)
start_app "$data/app.log" --server.port="$http_port" --dealgraph.embedded.bolt-port="$bolt_port" \
	--dealgraph.embedded.data-dir="$data/neo4j" --dealgraph.access.admin-key-file="$data/admin.key"
wait_healthy "$http_port" "$data/app.log"
key=$(admin_key "$data/admin.key")
# a second instance on the same database, to time how soon a write through the first reaches it;
# it logs in with the password the first start generated (in the environment, not in ps)
second_port=$(free_port)
NEO4J_PASSWORD="$(cat "$data/neo4j/neo4j.password")" \
	start_app "$data/second.log" --server.port="$second_port" --NEO4J_URI="bolt://127.0.0.1:$bolt_port" \
	--dealgraph.access.admin-key-file="$data/second-admin.key"
wait_healthy "$second_port" "$data/second.log"
older=()
if [[ -n "${BASE_JAR:-}" ]]; then
	base_port=$(free_port)
	start_jar "$BASE_JAR" "$data/base.log" --server.port="$base_port" \
		--dealgraph.embedded.bolt-port="$(free_port)" --dealgraph.embedded.data-dir="$data/base-neo4j" \
		--dealgraph.access.admin-key-file="$data/base-admin.key"
	wait_healthy "$base_port" "$data/base.log"
	# a build with access control writes its own admin key; one without takes any
	sleep 3
	older=("http://localhost:$base_port" "$( { tr -d '[:space:]' <"$data/base-admin.key"; } 2>/dev/null || echo "$key")")
fi
uptime
"$JAVA" "$here/http/HttpPathsBench.java" "http://localhost:$http_port" "$PEOPLE" "$REQUESTS" \
	"http://localhost:$second_port" "$key" "${older[@]}"
uptime
