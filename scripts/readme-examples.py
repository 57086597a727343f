#!/usr/bin/env python3
"""Runs every curl example of README.md against a running dealgraph, as printed.

Usage: scripts/readme-examples.py http://localhost:PORT

Each ```bash block that talks to localhost:8080 runs in one bash session, in README order, with
only the address changed. Every HTTP answer must be 2xx, unless the comment line right above the
command says "(answers NNN)"; no answer may be a 5xx, and every command must exit 0 (so a pipe
into jq fails the run when the body is not what the example expects). Prints one line per
example and a closing "N passed, N failed" line.
"""
import os
import re
import subprocess
import sys
import tempfile

base = sys.argv[1].rstrip("/")
host = re.sub(r"^https?://", "", base)
readme = open(os.path.join(os.path.dirname(__file__), "..", "README.md"), encoding="utf-8").read()

examples = []  # (expected status or None, command)
for block in re.findall(r"```bash\n(.*?)```", readme, re.S):
    if "localhost:8080" not in block:
        continue
    comment, command = "", ""
    for line in block.split("\n"):
        if not command and line.startswith("#"):
            comment = line
            continue
        if not line.strip():
            continue
        command += line + "\n"
        if not line.endswith("\\"):
            expected = re.search(r"\(answers (\d{3})\)", comment)
            examples.append((int(expected.group(1)) if expected else None, command))
            command, comment = "", ""

passed = failed = 0
with tempfile.TemporaryDirectory() as work:
    codes = os.path.join(work, "codes")
    state = os.path.join(work, "state.sh")
    open(state, "w").close()
    for expected, command in examples:
        open(codes, "w").close()
        script = f"""set -eo pipefail
curl() {{ command curl -w '%{{stderr}}%{{http_code}}\\n' "$@" 2>>{codes}; }}
source {state}
{command.replace('localhost:8080', host)}
declare -p | grep -E '^declare -- [a-z_]+=' | grep -v -E '^declare -- (BASH|_)' > {state} || true
"""
        run = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=60)
        statuses = [int(c) for c in re.findall(r"^(\d{3})$", open(codes).read(), re.M)]
        ok = run.returncode == 0 and statuses and all(s < 500 for s in statuses)
        if ok:
            ok = (statuses[-1] == expected) if expected else all(200 <= s < 300 for s in statuses)
        first = command.strip().split("\n")[0][:100]
        print(("ok   " if ok else "FAIL ") + f"{statuses} {first}")
        if not ok:
            print("     stdout: " + run.stdout.strip()[:400])
            print("     stderr: " + run.stderr.strip()[:400])
        passed += ok
        failed += not ok
print(f"README examples: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
