#!/usr/bin/env bash
# Real-browser tests of Neo4j Browser and of the planning page (/app/) as dealgraph serves them:
# starts the packaged application
# with its own data directory and ports, opens /browser/ in Debian's headless Chromium through
# playwright-core, logs in with the password the application generated in that data directory,
# runs the guide's first query, checks the drawing and saves screenshots to docs/; then, on a
# second fresh start, drives the planning page (app.test.mjs); before all that, checks the
# page's canvas colours against WCAG AA (palette.test.mjs). Installs
# what it needs (Debian chromium and fonts-noto-cjk, the npm packages of package-lock.json).
# Run after `./mvnw verify` (or `./mvnw -DskipTests package`); builds the
# jar itself when there is none.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

as_root() {
	if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v jq >/dev/null || missing+=(jq)
dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'install ok installed' || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
	echo "Installing ${missing[*]} (Debian packages)"
	as_root apt-get update -qq
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# a JDK 21 or newer: JAVA_HOME if it is one, else the newest under /usr/lib/jvm
java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
java_bin=""
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ]; then
	java_bin="$JAVA_HOME/bin/java"
else
	for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
		if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ]; then
			java_bin="$candidate/bin/java"
			export JAVA_HOME="${candidate%/}"
			break
		fi
	done
fi
[ -n "$java_bin" ] || { echo "No JDK 21 or newer found: set JAVA_HOME" >&2; exit 1; }

jar="$(ls "$root"/target/dealgraph-*.jar 2>/dev/null | grep -v -e '-plain' -e '\.original' | head -1 || true)"
if [ -z "$jar" ]; then
	echo "No packaged application in target/: building it"
	(cd "$root" && ./mvnw -q -DskipTests package)
	jar="$(ls "$root"/target/dealgraph-*.jar | grep -v -e '-plain' -e '\.original' | head -1)"
fi

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
# the planning page's canvas colours against WCAG AA (plain Node, no application needed)
(cd "$here" && node --test --test-reporter=spec palette.test.mjs)

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
work="$(mktemp -d)"
app_pid=""
stop_app() {
	if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
		kill "$app_pid"
		wait "$app_pid" 2>/dev/null || true
	fi
	app_pid=""
}
cleanup() {
	stop_app
	rm -rf "$work"
}
trap cleanup EXIT

# start_app NAME: the packaged application on free ports with its own data directory
# $work/NAME/data (so fresh demo data), working directory $work/NAME; waits until healthy
start_app() {
	http_port="$(free_port)"
	bolt_port="$(free_port)"
	app_dir="$work/$1"
	mkdir -p "$app_dir"
	echo "Starting $(basename "$jar") on http://localhost:$http_port (Bolt $bolt_port, $1)"
	(cd "$app_dir" && exec "$java_bin" -jar "$jar" --server.port="$http_port" --dealgraph.embedded.bolt-port="$bolt_port" \
		--dealgraph.embedded.data-dir="$app_dir/data" >"$app_dir/app.log" 2>&1) &
	app_pid=$!
	for _ in $(seq 1 120); do
		if curl -fsS "http://localhost:$http_port/actuator/health" 2>/dev/null | grep -q '"UP"'; then
			return 0
		fi
		if ! kill -0 "$app_pid" 2>/dev/null; then
			cat "$app_dir/app.log" >&2
			echo "The application stopped before it was healthy" >&2
			exit 1
		fi
		sleep 1
	done
	curl -fsS "http://localhost:$http_port/actuator/health" | grep -q '"UP"' || {
		tail -50 "$app_dir/app.log" >&2
		echo "The application was not healthy within 120 s" >&2
		exit 1
	}
}

start_app browser
cd "$here"
status=0
APP_URL="http://localhost:$http_port" BOLT_PORT="$bolt_port" NEO4J_PASSWORD_FILE="$app_dir/data/neo4j.password" \
	SCREENSHOT_DIR="$root/docs" CHROMIUM=/usr/bin/chromium \
	node --test --test-reporter=spec browser.test.mjs || status=$?
# then the README's curl examples, as printed, against the same fresh demo data (they write),
# from the application's working directory, so data/admin.key is the key its first start wrote
if [ "$status" -eq 0 ]; then
	# the examples read sample files from docs/, beside data/, as in a checkout
	ln -sfn "$root/docs" "$app_dir/docs"
	(cd "$app_dir" && python3 "$root/scripts/readme-examples.py" "http://localhost:$http_port") || status=$?
fi
# the planning page edits the demo deal, so it gets a fresh start of its own
if [ "$status" -eq 0 ]; then
	stop_app
	start_app planning
	(cd "$here" && APP_URL="http://localhost:$http_port" ADMIN_KEY_FILE="$app_dir/data/admin.key" \
		SCREENSHOT_DIR="$root/docs" CHROMIUM=/usr/bin/chromium \
		node --test --test-reporter=spec app.test.mjs) || status=$?
fi
if [ "$status" -ne 0 ]; then
	echo "--- application log (last 40 lines) ---" >&2
	tail -40 "$app_dir/app.log" >&2
fi
exit "$status"
