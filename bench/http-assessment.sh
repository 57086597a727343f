#!/usr/bin/env bash
# HTTP benchmark of the assessment: a generated 500-person deal and a pipeline of 1,000 open deals.
#   bench/http-assessment.sh [PEOPLE] [DEALS] [REQUESTS]
# Starts the packaged application (embedded Neo4j, own data directory, free ports), imports the
# deals, and reports, calling as the admin the first start created, p50/p90/p99 of GET /deals/{id}/assessment next to the same deal's paths answer
# and a one-node read (GET /deals/{id}) measured in the same run, and of GET /pipeline warm and
# right after a write.
set -euo pipefail
PEOPLE=${1:-500}
DEALS=${2:-1000}
REQUESTS=${3:-300}
source "$(dirname "$0")/http/app.sh"
http_port=$(free_port)
bolt_port=$(free_port)
start_app "$data/app.log" --server.port="$http_port" --dealgraph.embedded.bolt-port="$bolt_port" \
	--dealgraph.embedded.data-dir="$data/neo4j" --dealgraph.access.admin-key-file="$data/admin.key"
wait_healthy "$http_port" "$data/app.log"
key=$(admin_key "$data/admin.key")
uptime
"$JAVA" "$here/http/HttpAssessmentBench.java" "http://localhost:$http_port" "$PEOPLE" "$DEALS" "$REQUESTS" "$key"
uptime
