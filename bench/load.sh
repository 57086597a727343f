#!/usr/bin/env bash
# Gatling load test of one instance: a team's mix (80 % reads of deal maps, deal paths and
# people lists, 20 % writes of ties and stakeholder facts) as an open model.
#   bench/load.sh [RATE...]            steps, default 50 100 150 200 250 300 req/s
#   STEP_SECONDS=60                    length of each step
#   SUSTAIN_RATE=150 SUSTAIN_SECONDS=600   then one long step (SUSTAIN_SECONDS=0 skips it)
#   FRESH_SECONDS=30                   then a restart on the same data and load at 50 req/s
#                                      from the moment the port opens (0 skips it)
#   LOAD_OPTS='--dealgraph.load.max-in-flight=32'   options for the instance under test
# Starts the packaged application (embedded Neo4j, own data directory, free ports), seeds it
# (bench/load/Seed.java), warms it up for 30 s and runs one Gatling simulation per step. Each
# step's HTML report is under bench/load/target/gatling/; a summary line per step goes to the
# console and to bench/RESULTS.md.
set -euo pipefail
here_load="$(cd "$(dirname "$0")" && pwd)"
rates=("$@")
[[ ${#rates[@]} -gt 0 ]] || rates=(50 100 150 200 250 300)
STEP_SECONDS=${STEP_SECONDS:-60}
SUSTAIN_RATE=${SUSTAIN_RATE:-150}
SUSTAIN_SECONDS=${SUSTAIN_SECONDS:-600}
FRESH_SECONDS=${FRESH_SECONDS:-30}
source "$here_load/http/app.sh"
http_port=$(free_port)
bolt_port=$(free_port)
base="http://localhost:$http_port"
# shellcheck disable=SC2086
app_args=(--server.port="$http_port" --dealgraph.embedded.bolt-port="$bolt_port"
	--dealgraph.embedded.data-dir="$data/neo4j" --dealgraph.access.admin-key-file="$data/admin.key" ${LOAD_OPTS:-})
start_app "$data/app.log" "${app_args[@]}"
wait_healthy "$http_port" "$data/app.log"
key=$(admin_key "$data/admin.key")
"$JAVA" "$here_load/load/Seed.java" "$base" "$key"
# compiled once; each step runs Gatling straight on the JVM (a Maven start per step would delay it)
(cd "$here_load/load" && "$root/mvnw" -B -ntp -q test-compile dependency:build-classpath \
	-Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test)
gatling_cp="$here_load/load/target/test-classes:$(cat "$here_load/load/target/classpath.txt")"
commit=$(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD 2>/dev/null || echo "+changes")
results="$here_load/RESULTS.md"
grep -q '^## Load test runs' "$results" || printf '\n## Load test runs\n\nAppended by `bench/load.sh`, one line per step (read/write: admitted answers; shed: 503 answers).\n\n| when | uptime load | build | step | offered | achieved | read p50 / p99 ms | write p50 / p99 ms | shed (503) | shed p99 ms | errors |\n|---|---|---|---|---:|---:|---|---|---:|---:|---:|\n' >>"$results"

# gatling NAME RATE SECONDS [JVM OPTIONS...]: one simulation, its report in load/target/gatling/
gatling() {
	local name=$1 rate=$2 seconds=$3
	shift 3
	# a failed request makes Gatling exit non-zero; the summary counts them
	"$JAVA" -Xmx1g -XX:+UseG1GC --add-opens=java.base/java.lang=ALL-UNNAMED "$@" -Dload.base="$base" -Dload.key="$key" -Dload.rate="$rate" -Dload.seconds="$seconds" \
		-Dload.summary="$data/summary-$name" -cp "$gatling_cp" io.gatling.app.Gatling -s dev.dealgraph.load.MixedLoad \
		-rf "$here_load/load/target/gatling" -rd "$name" >"$data/gatling-$name.log" 2>&1 || true
	grep -q "Reports generated" "$data/gatling-$name.log" || {
		tail -40 "$data/gatling-$name.log"
		echo "Gatling wrote no report for $name" >&2
		exit 1
	}
}

# summarize NAME RATE SECONDS LOAD: the step's summary line, to the console and RESULTS.md
summarize() {
	local name=$1 rate=$2 seconds=$3 load=$4 report line
	report=$(ls -td "$here_load"/load/target/gatling/*/ | head -1)
	local line
	line=$(cat "$data/summary-$name")
	echo "$name: $line (report: ${report#"$root"/})"
	[[ "$name" == warm-up ]] || echo "| $(date -u +%Y-%m-%dT%H:%MZ) | $load | $commit${LOAD_OPTS:+ ${LOAD_OPTS#--dealgraph.load.}} | $name | $line |" >>"$results"
}

# step NAME RATE SECONDS: one simulation against the running instance, then its summary line
step() {
	local load
	load=$(uptime | sed 's/.*load average: //')
	gatling "$1" "$2" "$3"
	summarize "$1" "$2" "$3" "$load"
}

uptime
step warm-up 50 30
for rate in "${rates[@]}"; do
	step "step-$rate" "$rate" "$STEP_SECONDS"
done
if [[ "$SUSTAIN_SECONDS" -gt 0 ]]; then
	step "sustained-$SUSTAIN_RATE" "$SUSTAIN_RATE" "$SUSTAIN_SECONDS"
fi
if [[ "$FRESH_SECONDS" -gt 0 ]]; then
	kill "${apps[@]}"
	wait "${apps[@]}" 2>/dev/null || true
	apps=()
	load=$(uptime | sed 's/.*load average: //')
	start_app "$data/restart.log" "${app_args[@]}"
	# requests from the moment the port accepts connections, not from when the instance says
	# it is ready: the generator starts with the application and waits for the port
	gatling fresh-start-50 50 "$FRESH_SECONDS" -Dload.await-port=true
	summarize fresh-start-50 50 "$FRESH_SECONDS" "$load"
fi
uptime
