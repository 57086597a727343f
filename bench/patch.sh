#!/usr/bin/env bash
# How long folding one write into the in-memory path graph takes, against a full build of the
# same synthetic graph in the same run.
#   bench/patch.sh SIZE [WRITES]
set -euo pipefail
SIZE=${1:?usage: bench/patch.sh SIZE [WRITES]}
WRITES=${2:-30}
cd "$(dirname "$0")"
if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
	export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
../mvnw -q -P gds package -DskipTests
"$JAVA" -Xmx"${BENCH_HEAP:-12g}" -cp "target/gds/classes:$(cat target/gds/classpath.txt)" \
	dev.dealgraph.bench.PatchRun "$SIZE" "$WRITES"
