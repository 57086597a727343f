#!/usr/bin/env bash
# HTTP benchmark of an account's relationship health over time: one account with PEOPLE
# people, each known by two of five colleagues with a trust history of two steps, and
# INTERACTIONS interactions over the last year.
#   bench/http-health.sh [PEOPLE] [INTERACTIONS] [REQUESTS]
# Starts the packaged application (embedded Neo4j, own data directory, free ports), imports the
# account, and reports p50/p90/p99 of GET /accounts/{id}/health?months=12 and ?months=36 next to
# a one-node read (GET /accounts/{id}) measured in the same run.
set -euo pipefail
PEOPLE=${1:-500}
INTERACTIONS=${2:-5000}
REQUESTS=${3:-200}
source "$(dirname "$0")/http/app.sh"
http_port=$(free_port)
bolt_port=$(free_port)
start_app "$data/app.log" --server.port="$http_port" --dealgraph.embedded.bolt-port="$bolt_port" \
	--dealgraph.embedded.data-dir="$data/neo4j" --dealgraph.access.admin-key-file="$data/admin.key"
wait_healthy "$http_port" "$data/app.log"
key=$(admin_key "$data/admin.key")
uptime
"$JAVA" "$here/http/HttpHealthBench.java" "http://localhost:$http_port" "$PEOPLE" "$INTERACTIONS" "$REQUESTS" "$key"
uptime
