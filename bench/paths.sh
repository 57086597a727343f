#!/usr/bin/env bash
# Path-engine benchmark on a synthetic graph of SIZE people (about ten ties each).
#   bench/paths.sh SIZE [QUERIES]
# Runs, on the same seeded graph and the same queries:
#   1. JVM "cypher" (SIZE <= 100,000): our engine and Cypher on an embedded Neo4j 2026.08.1;
#   2. JVM "gds": our engine, Neo4j GDS 2.26.0 Dijkstra and Yen (in-JVM algorithm API) and,
#      up to 100,000 people, JGraphT; ends with the engine-vs-GDS line.
# Knobs (environment): BENCH_HEAP (12g), GDS_QUERIES (40, 20 above 100k people),
# JGRAPHT_QUERIES (12), CYPHER_QUERIES (20), CYPHER_HOPS (3), CYPHER_TIMEOUT (30 s), JAVA_HOME.
set -euo pipefail

SIZE=${1:?usage: bench/paths.sh SIZE [QUERIES]}
QUERIES=${2:-200}
cd "$(dirname "$0")"

if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
	export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
HEAP=${BENCH_HEAP:-12g}
if (( SIZE <= 100000 )); then GDS_DEFAULT=40; else GDS_DEFAULT=20; fi
GDS_QUERIES=${GDS_QUERIES:-$GDS_DEFAULT}
JGRAPHT_QUERIES=${JGRAPHT_QUERIES:-12}
LIBRARY_MAX=100000

../mvnw -q -P gds package -DskipTests
../mvnw -q -P cypher package -DskipTests

echo "== engine vs Cypher on embedded Neo4j =="
if (( SIZE <= LIBRARY_MAX )); then
	"$JAVA" -Xmx"$HEAP" -cp "target/cypher/classes:$(cat target/cypher/classpath.txt)" \
		dev.dealgraph.bench.CypherBench "$SIZE" "${CYPHER_QUERIES:-20}" "${CYPHER_HOPS:-3}" "${CYPHER_TIMEOUT:-30}"
else
	echo "Cypher skipped above 100,000 people"
fi

echo "== engine vs GDS and JGraphT =="
"$JAVA" -Xmx"$HEAP" -cp "target/gds/classes:$(cat target/gds/classpath.txt)" \
	dev.dealgraph.bench.GdsBench "$SIZE" "$QUERIES" "$GDS_QUERIES" "$JGRAPHT_QUERIES" "$LIBRARY_MAX" 2>&1 \
	| grep -v -e '^WARNING: .*sun.misc.Unsafe' -e '^WARNING: Please consider reporting' 
