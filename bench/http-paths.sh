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
source "$(dirname "$0")/http/app.sh"
http_port=$(free_port)
bolt_port=$(free_port)
start_app "$data/app.log" --server.port="$http_port" --dealgraph.embedded.bolt-port="$bolt_port" \
	--dealgraph.embedded.data-dir="$data/neo4j"
wait_healthy "$http_port" "$data/app.log"
# a second instance on the same database, to time how soon a write through the first reaches it;
# it logs in with the password the first start generated (in the environment, not in ps)
second_port=$(free_port)
NEO4J_PASSWORD="$(cat "$data/neo4j/neo4j.password")" \
	start_app "$data/second.log" --server.port="$second_port" --NEO4J_URI="bolt://127.0.0.1:$bolt_port"
wait_healthy "$second_port" "$data/second.log"
"$JAVA" "$here/http/HttpPathsBench.java" "http://localhost:$http_port" "$PEOPLE" "$REQUESTS" \
	"http://localhost:$second_port"
