#!/usr/bin/env bash
# HTTP benchmark of upkeep: the upkeep list of a colleague with TIES ties, and recording
# INTERACTIONS interactions.
#   bench/http-upkeep.sh [TIES] [INTERACTIONS] [REQUESTS]
# Starts the packaged application (embedded Neo4j, own data directory, free ports), imports one
# colleague who knows TIES people at one account (80 open deals between them), and reports,
# calling as the admin the first start created, p50/p90/p99 of GET /upkeep?colleagueId= next to
# a one-node read (GET /colleagues/{id}) measured in the same run; then records INTERACTIONS
# interactions over 4 connections and reports their throughput and how long after the last one
# another instance's view (the paths read model, read through a paths answer) shows it.
set -euo pipefail
TIES=${1:-2000}
INTERACTIONS=${2:-10000}
REQUESTS=${3:-300}
source "$(dirname "$0")/http/app.sh"
http_port=$(free_port)
bolt_port=$(free_port)
start_app "$data/app.log" --server.port="$http_port" --dealgraph.embedded.bolt-port="$bolt_port" \
	--dealgraph.embedded.data-dir="$data/neo4j" --dealgraph.access.admin-key-file="$data/admin.key"
wait_healthy "$http_port" "$data/app.log"
key=$(admin_key "$data/admin.key")
uptime
"$JAVA" "$here/http/HttpUpkeepBench.java" "http://localhost:$http_port" "$TIES" "$INTERACTIONS" "$REQUESTS" "$key"
uptime
