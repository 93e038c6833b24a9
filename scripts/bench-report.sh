#!/usr/bin/env bash
# Times the assessment report (.docx and .pdf) warm, as a ratio to the plan workbook of the same assessment built
# in the same run (target: each report at most 3x the workbook). Builds the jar, creates a separate database
# (root over the local socket), starts the service, submits one assessment with findings and a plan, warms every
# download, then times them interleaved (workbook, docx, pdf, workbook, docx, pdf, ...) and reports the medians and
# the median of the per-round ratios. Writes its section of docs/performance.md. Not a test: run it by hand.
#   scripts/bench-report.sh            # 15 rounds
#   SMOKE=1 scripts/bench-report.sh    # (or --smoke) 2 rounds, reuses a built jar, writes no docs
# ROUNDS, PORT and DB can be set in the environment; REUSE_JAR=1 reuses a built jar in a full run too.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${1:-}" = --smoke ] && SMOKE=1
SMOKE=${SMOKE:-0}
if [ "${SMOKE}" = 1 ]; then ROUNDS=${ROUNDS:-2}; WARM=${WARM:-1}; fi
ROUNDS=${ROUNDS:-15}
WARM=${WARM:-5}
PORT=${PORT:-8091}
DB=${DB:-vptscan_bench_report}
BASE="http://127.0.0.1:${PORT}"
WORK=target/bench-report
ADMIN=bench-admin
ADMIN_PASSWORD=meetronde-wachtzin-0123
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

echo "== database ${DB}"
as_root mariadb <<SQL
DROP DATABASE IF EXISTS \`${DB}\`;
CREATE DATABASE \`${DB}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'vptscan'@'127.0.0.1' IDENTIFIED BY 'vptscan';
CREATE USER IF NOT EXISTS 'vptscan'@'localhost' IDENTIFIED BY 'vptscan';
GRANT ALL PRIVILEGES ON \`${DB}\`.* TO 'vptscan'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`${DB}\`.* TO 'vptscan'@'localhost';
SQL

echo "== build"
if { [ "${SMOKE}" = 1 ] || [ "${REUSE_JAR:-0}" = 1 ]; } && ls target/vpt-scan-*.jar >/dev/null 2>&1; then
  echo "reusing the built jar"
else
  ./mvnw -q -DskipTests clean package
fi
JAR=$(ls target/vpt-scan-*.jar | grep -v original | head -1)
mkdir -p "${WORK}"

echo "== start the service (-Xmx512m, serial GC) on port ${PORT}"
DATASOURCES_DEFAULT_URL="jdbc:mariadb://127.0.0.1:3306/${DB}" DATASOURCES_DEFAULT_USERNAME=vptscan \
DATASOURCES_DEFAULT_PASSWORD=vptscan MICRONAUT_SERVER_PORT="${PORT}" \
VPTSCAN_ADMIN_USERNAME="${ADMIN}" VPTSCAN_ADMIN_PASSWORD="${ADMIN_PASSWORD}" \
VPTSCAN_JWT_SECRET=bench-signing-secret-of-at-least-32-chars \
  java -Xmx512m -XX:+UseSerialGC -jar "${JAR}" > "${WORK}/service.log" 2>&1 &
SERVICE=$!
trap 'kill "${SERVICE}" 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -sf "${BASE}/health" >/dev/null 2>&1 && break
  kill -0 "${SERVICE}" 2>/dev/null || { cat "${WORK}/service.log"; exit 1; }
  sleep 1
done
curl -sf "${BASE}/health" >/dev/null || { echo "service did not start; see ${WORK}/service.log" >&2; exit 1; }

TOKEN=$(curl -sf -X POST "${BASE}/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"${ADMIN}\",\"password\":\"${ADMIN_PASSWORD}\"}" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
[ -n "${TOKEN}" ] || { echo "login as ${ADMIN} failed; see ${WORK}/service.log" >&2; exit 1; }

echo "== one submitted assessment with findings and a plan"
scripts/quick-scan-answers.py "${BASE}" "${TOKEN}" "${WORK}/body.json" "${WORK}/answers.json"
ASSESSMENT=$(python3 - "${BASE}" "${TOKEN}" "${WORK}/answers.json" <<'PY'
import json, sys, urllib.request
base, token = sys.argv[1], sys.argv[2]
answers = json.load(open(sys.argv[3]))["answers"]
def call(method, path, body=None):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        text = r.read()
        return json.loads(text) if text else None
org = call("POST", "/api/organisations", {"name": "Rapportmeting gemeente", "sector": "gemeente", "employees": 400})
assessment = call("POST", "/api/organisations/%d/assessments" % org["id"], {"questionnaireId": "vpt-8-maatregelen"})
call("PUT", "/api/assessments/%d/answers" % assessment["id"], {"answers": answers})
call("POST", "/api/assessments/%d/submit" % assessment["id"], {})
print(assessment["id"])
PY
)
echo "assessment ${ASSESSMENT}"

declare -A URLS=(
  [plan]="${BASE}/api/assessments/${ASSESSMENT}/plan.xlsx?lang=nl"
  [docx]="${BASE}/api/assessments/${ASSESSMENT}/report.docx?lang=nl"
  [pdf]="${BASE}/api/assessments/${ASSESSMENT}/report.pdf?lang=nl"
)
fetch() { # name -> seconds
  curl -sf -m 120 -H "Authorization: Bearer ${TOKEN}" -o "${WORK}/$1.out" -w '%{time_total}' "${URLS[$1]}" \
    || { echo "FATAL: the $1 download failed" >&2; exit 1; }
}

echo "== warm-up (${WARM} of each; the first report of a JVM loads the renderers' classes)"
for _ in $(seq 1 "${WARM}"); do for name in plan docx pdf; do fetch "${name}" >/dev/null; done; done
[ "$(head -c 4 "${WORK}/pdf.out")" = "%PDF" ] || { echo "FATAL: report.pdf is not a PDF" >&2; exit 1; }
[ "$(head -c 2 "${WORK}/docx.out")" = "PK" ] || { echo "FATAL: report.docx is not a Word document" >&2; exit 1; }

echo "== ${ROUNDS} rounds, interleaved: workbook, docx, pdf"
: > "${WORK}/times.txt"
for round in $(seq 1 "${ROUNDS}"); do
  echo "${round} $(fetch plan) $(fetch docx) $(fetch pdf)" >> "${WORK}/times.txt"
done
cat "${WORK}/times.txt"

OUT=docs/performance.md
[ "${SMOKE}" = 1 ] && OUT="${WORK}/performance-smoke.md" && cp docs/performance.md "${OUT}"
python3 - "${WORK}/times.txt" "${ROUNDS}" "$(nproc)" "$(stat -c %s "${WORK}/plan.out")" "$(stat -c %s "${WORK}/docx.out")" \
  "$(stat -c %s "${WORK}/pdf.out")" "${OUT}" "${SMOKE}" <<'PY'
import sys, statistics, datetime, re, os
times, rounds, cores, plan_bytes, docx_bytes, pdf_bytes, out, smoke = sys.argv[1:9]
rows = [list(map(float, line.split()[1:])) for line in open(times) if line.strip()]
plan = statistics.median(r[0] for r in rows)
docx = statistics.median(r[1] for r in rows)
pdf = statistics.median(r[2] for r in rows)
docx_ratio = statistics.median(r[1] / r[0] for r in rows)
pdf_ratio = statistics.median(r[2] / r[0] for r in rows)
verdict = lambda ratio: "within" if ratio <= 3 else "over"
lines = ["<!-- report-bench -->", "## Report (.docx, .pdf)", "",
         f"Measured by `scripts/bench-report.sh` on {datetime.date.today()} ({cores} cores, MariaDB, JVM -Xmx512m with "
         f"the serial collector, one client, {rounds} rounds after warm-up, interleaved workbook, docx, pdf). The ratio "
         "is the median of each round's report time over that round's plan workbook time, for the same assessment. "
         f"Load average when it finished: {os.getloadavg()[0]:.1f} (other work on the machine slows both sides).",
         "", "| Download | Median | × plan workbook | Size |", "|---|---|---|---|",
         f"| plan workbook (.xlsx) | {plan * 1000:.0f} ms | 1.00 | {int(plan_bytes):,} bytes |",
         f"| report (.docx) | {docx * 1000:.0f} ms | {docx_ratio:.2f} | {int(docx_bytes):,} bytes |",
         f"| report (.pdf) | {pdf * 1000:.0f} ms | {pdf_ratio:.2f} | {int(pdf_bytes):,} bytes |", "",
         f"Target: each report at most 3× the workbook: .docx {verdict(docx_ratio)}, .pdf {verdict(pdf_ratio)} the target.",
         "<!-- /report-bench -->"]
section = "\n".join(lines)
print(section)
text = open(out).read()
if "<!-- report-bench -->" in text:
    text = re.sub(r"<!-- report-bench -->.*?<!-- /report-bench -->", lambda m: section, text, flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n" + section + "\n"
open(out, "w").write(text)
PY
