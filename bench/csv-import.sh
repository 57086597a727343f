#!/usr/bin/env bash
# HTTP benchmark of the CSV import: 20,000 Salesforce contacts (with ReportsToId) and 100,000 ties.
#   bench/csv-import.sh [PEOPLE] [TIES]
# Starts the packaged application (embedded Neo4j, own data directory, free ports), imports
# 20 accounts as JSON, generates the two CSV files, then times with curl, end to end, a dry run
# of each file, the publishing import of each (contacts first: the ties name those people), and
# a ties file with one bad row in the middle, which must write nothing and name that line.
set -euo pipefail
PEOPLE=${1:-20000}
TIES=${2:-100000}
source "$(dirname "$0")/http/app.sh"
http_port=$(free_port)
bolt_port=$(free_port)
start_app "$data/app.log" --server.port="$http_port" --dealgraph.embedded.bolt-port="$bolt_port" \
	--dealgraph.embedded.data-dir="$data/neo4j" --dealgraph.access.admin-key-file="$data/admin.key" \
	--dealgraph.api.max-body-size=16MB
wait_healthy "$http_port" "$data/app.log"
key=$(admin_key "$data/admin.key")
base="http://localhost:$http_port/api/v1"

accounts=$(seq 0 19 | awk 'BEGIN { printf "{\"accounts\": [" } { printf "%s{\"id\": \"acc-%02d\", \"name\": \"Account %d\"}", (NR > 1 ? "," : ""), $1, $1 } END { print "]}" }')
curl -sf -o /dev/null -H "Authorization: Bearer $key" -H 'Content-Type: application/json' -d "$accounts" "$base/import"

# contacts: each person reports to the one a tenth of their number, in the same file
awk -v n="$PEOPLE" 'BEGIN {
	print "Id,FirstName,LastName,Title,Email,AccountId,ReportsToId"
	for (i = 1; i <= n; i++) {
		boss = (i > 10) ? sprintf("p%06d", int(i / 10)) : ""
		printf "p%06d,First%d,Last%d,\"Title %d, Dept %d\",p%d@example.com,acc-%02d,%s\n", i, i, i, i, i % 50, i, i % 20, boss
	}
}' >"$data/contacts.csv"
# ties: five per person at fixed offsets, KNOWS or INFLUENCES, never the same pair twice
awk -v n="$PEOPLE" -v t="$TIES" 'BEGIN {
	print "type,from,to,strength,source"
	split("38 149 334 593 926 1301 1777 2203", offsets, " ")
	c = 0
	for (k = 1; c < t; k++) for (i = 1; i <= n && c < t; i++) {
		j = (i - 1 + offsets[k]) % n + 1
		printf "%s,p%06d,p%06d,0.%d,%s\n", (k % 2 ? "KNOWS" : "INFLUENCES"), i, j, 1 + (i + k) % 9, (k % 2 ? "crm" : "")
		c++
	}
}' >"$data/ties.csv"
awk -v bad=$((TIES / 2 + 1)) 'NR == bad { sub(/,0\.[0-9],/, ",high,") } { print }' "$data/ties.csv" >"$data/ties-bad.csv"
echo "files: $(wc -l <"$data/contacts.csv") contact lines ($(du -h "$data/contacts.csv" | cut -f1)), $(wc -l <"$data/ties.csv") tie lines ($(du -h "$data/ties.csv" | cut -f1))"

post() { # post QUERY FILE: prints status and seconds, keeps the body in $data/answer.json
	curl -s -o "$data/answer.json" -w '%{http_code} %{time_total}s' -H "Authorization: Bearer $key" \
		-H 'Content-Type: text/csv' --data-binary "@$2" "$base/import/csv?$1"
}
ties_stored() {
	curl -sf -H "Authorization: Bearer $key" "$base/relationships?size=1" | sed -E 's/.*"totalItems":([0-9]+).*/\1/'
}
uptime
echo "dry run, contacts:   $(post 'kind=CONTACTS&preset=SALESFORCE&dryRun=true' "$data/contacts.csv")"
echo "dry run, ties:       $(post 'kind=TIES&dryRun=true' "$data/ties.csv") (its people are not stored yet: every row names an unknown person)"
start=$(date +%s.%N)
echo "import, contacts:    $(post 'kind=CONTACTS&preset=SALESFORCE' "$data/contacts.csv")"
mid=$(date +%s.%N)
grep -o '"rowsWritten":[0-9]*' "$data/answer.json"
echo "import, ties:        $(post 'kind=TIES' "$data/ties.csv")"
end=$(date +%s.%N)
grep -o '"rowsWritten":[0-9]*' "$data/answer.json"
echo "dry run, ties again: $(post 'kind=TIES&dryRun=true&importId=again' "$data/ties.csv")"
before=$(ties_stored)
echo "one bad row, ties:   $(post 'kind=TIES&importId=bad-one' "$data/ties-bad.csv")"
grep -o '"errors":\[[^]]*\]' "$data/answer.json" | cut -c1-300
after=$(ties_stored)
echo "ties stored before and after the bad file: $before $after"
awk -v s="$start" -v m="$mid" -v e="$end" 'BEGIN { printf "end to end, contacts then ties published: %.2f s (contacts %.2f s, ties %.2f s)\n", e - s, m - s, e - m }'
uptime
