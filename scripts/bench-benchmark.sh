#!/usr/bin/env bash
# Times the region benchmark at national scale on MariaDB: a region of MEMBERS members and a sector of as many
# organisations nationally. Creates its own database and user (root over the local socket), builds the jar and
# the test classes (for the data generator, src/test/java/nl/vptscan/benchmark/BenchmarkDataGenerator.java),
# starts the service as production would run it on 2 cores (-Xmx512m -XX:+UseSerialGC, GC log), logs in as the
# administrator and sends every request with the token. After warming every endpoint it times interleaved rounds
# of: the coordinator's JSON by name and by score (a page of 100), the same right after another member of the region
# and sector got a new result (its latest self-assessment re-scored through the API) and had its profile edited (so
# the kept spreads must take in the new result), the workbook with every member, a member's own view, the same right
# after such a change and right after a member moved to another region and back (every spread computed anew), and
# the authenticated no-op GET /bench/noop as the baseline. Prints per request the median with min-max, the ratio to
# its target and the median ratio to the baseline of the same round, and the heap from the GC log; writes them to
# docs/performance.md between <!-- benchmark-bench --> and <!-- /benchmark-bench -->.
#   scripts/bench-benchmark.sh           # 10,000 members, 7 rounds
#   SMOKE=1 scripts/bench-benchmark.sh   # (or --smoke) 50 members, one round, reuses a built jar; writes no docs
# MEMBERS, ROUNDS, WARM, PORT and DB can be set in the environment; BUILD=0 reuses a built jar. Exits non-zero when a request fails, never
# on a figure.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${1:-}" = --smoke ] && SMOKE=1
SMOKE=${SMOKE:-0}
if [ "${SMOKE}" = 1 ]; then MEMBERS=${MEMBERS:-50}; ROUNDS=${ROUNDS:-1}; WARM=${WARM:-1}; fi
MEMBERS=${MEMBERS:-10000}
ROUNDS=${ROUNDS:-7}
WARM=${WARM:-3}
PORT=${PORT:-8089}
DB=${DB:-vptscan_bench}
WORK=target/bench-benchmark
ADMIN=bench-admin
ADMIN_PASSWORD=meetronde-wachtzin-0123
DB_USER=vptscan_bench
DB_PASSWORD=vptscan_bench
URL="jdbc:mariadb://127.0.0.1:3306/${DB}"
BASE="http://127.0.0.1:${PORT}"
QUESTIONNAIRE=ai-agressie-11
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

for tool in curl python3 mariadb; do
  command -v "${tool}" >/dev/null || { echo "${tool} is missing (apt-get install curl python3 mariadb-server)" >&2; exit 1; }
done
as_root mariadb-admin ping >/dev/null 2>&1 || { echo "MariaDB is not running" >&2; exit 1; }

echo "== database ${DB}"
as_root mariadb <<SQL
DROP DATABASE IF EXISTS \`${DB}\`;
CREATE DATABASE \`${DB}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${DB_USER}'@'localhost' IDENTIFIED BY '${DB_PASSWORD}';
CREATE USER IF NOT EXISTS '${DB_USER}'@'127.0.0.1' IDENTIFIED BY '${DB_PASSWORD}';
GRANT ALL PRIVILEGES ON \`${DB}\`.* TO '${DB_USER}'@'localhost';
GRANT ALL PRIVILEGES ON \`${DB}\`.* TO '${DB_USER}'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL

echo "== build"
if { [ "${SMOKE}" = 1 ] || [ "${BUILD:-1}" = 0 ]; } && [ -f target/vpt-scan-0.1.0.jar ] && [ -f target/test-classes/nl/vptscan/benchmark/BenchmarkDataGenerator.class ]; then
  echo "reusing target/vpt-scan-0.1.0.jar"
else
  ./mvnw -q clean package -DskipTests
  ./mvnw -q test-compile
fi
[ -f target/bench-classpath.txt ] && [ target/bench-classpath.txt -nt pom.xml ] || \
  ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
mkdir -p "${WORK}"

echo "== start the service (-Xmx512m -XX:+UseSerialGC) on port ${PORT}"
rm -f "${WORK}/gc.log"
DATASOURCES_DEFAULT_URL="${URL}" DATASOURCES_DEFAULT_USERNAME="${DB_USER}" DATASOURCES_DEFAULT_PASSWORD="${DB_PASSWORD}" \
MICRONAUT_SERVER_PORT="${PORT}" VPTSCAN_ADMIN_USERNAME="${ADMIN}" VPTSCAN_ADMIN_PASSWORD="${ADMIN_PASSWORD}" \
VPTSCAN_BENCH_ENABLED=true VPTSCAN_JWT_SECRET=bench-signing-secret-of-at-least-32-chars \
  java -Xmx512m -XX:+UseSerialGC -Xlog:gc:file="${WORK}/gc.log" -jar target/vpt-scan-0.1.0.jar \
  > "${WORK}/service.log" 2>&1 &
SERVICE=$!
trap 'kill "${SERVICE}" 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -sf "${BASE}/health" >/dev/null && break
  kill -0 "${SERVICE}" 2>/dev/null || { tail -30 "${WORK}/service.log"; exit 1; }
  sleep 1
done
curl -sf "${BASE}/health" >/dev/null || { echo "service did not start; see ${WORK}/service.log" >&2; exit 1; }

# every request below is made as the administrator, with the token from this login
TOKEN=$(curl -sf -X POST "${BASE}/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"${ADMIN}\",\"password\":\"${ADMIN_PASSWORD}\"}" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
[ -n "${TOKEN}" ] || { echo "login as ${ADMIN} failed; see ${WORK}/service.log" >&2; exit 1; }

echo "== generate a region of ${MEMBERS} members and a sector of as many"
START=$(date +%s%N)
REGION="" MEMBER=""
read -r REGION MEMBER < <(java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  nl.vptscan.benchmark.BenchmarkDataGenerator "${URL}" "${DB_USER}" "${DB_PASSWORD}" "${MEMBERS}" | tail -1)
[ -n "${MEMBER:-}" ] || { echo "the data generator failed" >&2; exit 1; }
echo "region ${REGION}, member ${MEMBER}: filled in $(( ($(date +%s%N) - START) / 1000000 )) ms"
as_root mariadb -e "ANALYZE TABLE organisation, assessment, assessment_result, topic_score" "${DB}" >/dev/null

# fetch <name> <path>: one authenticated request; prints its time in seconds; fails on any status but 2xx
fetch() {
  local out="${WORK}/$1.out" status time
  read -r status time < <(curl -s -m 120 -H "Authorization: Bearer ${TOKEN}" -o "${out}" \
    -w '%{http_code} %{time_total}\n' "${BASE}$2")
  if [ "${status}" -lt 200 ] || [ "${status}" -gt 299 ]; then
    echo "FAILED: GET $2 answered ${status}: $(head -c 300 "${out}")" >&2
    exit 1
  fi
  echo "${time}"
}
# send <method> <path> [json]: one authenticated change; fails on any status but 2xx
send() {
  local out="${WORK}/send.out" status
  status=$(curl -s -m 120 -X "$1" -H "Authorization: Bearer ${TOKEN}" -H 'Content-Type: application/json' \
    -o "${out}" -w '%{http_code}' ${3:+-d "$3"} "${BASE}$2")
  if [ "${status}" -lt 200 ] || [ "${status}" -gt 299 ]; then
    echo "FAILED: $1 $2 answered ${status}: $(head -c 300 "${out}")" >&2
    exit 1
  fi
}
sql() { mariadb -N -u"${DB_USER}" -p"${DB_PASSWORD}" -h127.0.0.1 -e "$1" "${DB}"; }
# A change that moves the figures of the member's region and sector: the next member of both (the generator gives
# every fourth member the first member's sector) gets a new result, its latest submitted self-assessment re-scored
# by the administrator (the generator stores no answers, so the new result replaces its generated scores), and has
# its name edited. Each change takes a member not changed before.
CHANGES=0
change_member() {
  CHANGES=$((CHANGES + 1))
  local organisation=$((MEMBER + 4 * (CHANGES % (MEMBERS / 4 - 1) + 1))) assessment profile
  assessment=$(sql "SELECT id FROM assessment WHERE organisation_id = ${organisation} AND questionnaire_id = \
    '${QUESTIONNAIRE}' AND kind = 'SELF' AND status = 'SUBMITTED' ORDER BY submitted_at DESC, id DESC LIMIT 1")
  send POST "/api/assessments/${assessment}/rescore"
  profile=$(fetch profile "/api/organisations/${organisation}" >/dev/null && python3 -c '
import json, sys
o = json.load(open(sys.argv[1]))
print(json.dumps({"name": o["name"] + " (bewerkt " + sys.argv[2] + ")", "sector": o["sector"],
                  "employees": o["employees"], "kvkNumber": o.get("kvkNumber"), "regionId": o.get("regionId"),
                  "regionSince": o.get("regionSince")}))' "${WORK}/profile.out" "${CHANGES}")
  send PUT "/api/organisations/${organisation}" "${profile}"
}
# A member moves to another region and back, to the same start date: every kept spread is computed anew.
OTHER_REGION=""
move_member() {
  local organisation=$((MEMBER + 1))
  send PUT "/api/regions/${OTHER_REGION}/members/${organisation}" '{"since":"2024-01-01"}'
  send PUT "/api/regions/${REGION}/members/${organisation}" '{"since":"2024-01-01"}'
}
send POST /api/regions "{\"name\":\"Benchmark other region $(date +%s%N)\"}"
OTHER_REGION=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["id"])' "${WORK}/send.out")

declare -A PATHS=(
  [json-name]="/api/regions/${REGION}/benchmark?questionnaire=${QUESTIONNAIRE}&size=100"
  [json-score]="/api/regions/${REGION}/benchmark?questionnaire=${QUESTIONNAIRE}&size=100&sort=score"
  [json-changed]="/api/regions/${REGION}/benchmark?questionnaire=${QUESTIONNAIRE}&size=100&sort=score"
  [xlsx]="/api/regions/${REGION}/benchmark.xlsx?questionnaire=${QUESTIONNAIRE}&lang=nl"
  [member]="/api/organisations/${MEMBER}/benchmark?questionnaire=${QUESTIONNAIRE}"
  [member-changed]="/api/organisations/${MEMBER}/benchmark?questionnaire=${QUESTIONNAIRE}"
  [member-moved]="/api/organisations/${MEMBER}/benchmark?questionnaire=${QUESTIONNAIRE}"
  [noop]="/bench/noop"
)
ORDER=(json-changed member-changed member-moved json-name json-score xlsx member noop)

echo "== warm every endpoint (${WARM}x)"
for _ in $(seq 1 "${WARM}"); do
  for name in "${ORDER[@]}"; do
    case "${name}" in *-changed) change_member ;; *-moved) move_member ;; esac
    fetch "${name}" "${PATHS[${name}]}" >/dev/null
  done
done

echo "== ${ROUNDS} interleaved rounds: ${ORDER[*]}"
: > "${WORK}/times.txt"
for round in $(seq 1 "${ROUNDS}"); do
  line="${round}"
  for name in "${ORDER[@]}"; do
    case "${name}" in *-changed) change_member ;; *-moved) move_member ;; esac
    line="${line} ${name}=$(fetch "${name}" "${PATHS[${name}]}")"
  done
  echo "${line}" | tee -a "${WORK}/times.txt"
done
JSON_BYTES=$(stat -c %s "${WORK}/json-score.out")
XLSX_BYTES=$(stat -c %s "${WORK}/xlsx.out")
python3 - "${WORK}/json-score.out" "${MEMBERS}" <<'PY'
import json, sys
body = json.load(open(sys.argv[1]))
members = int(sys.argv[2])
assert body["members"] == members, f"{body['members']} members, expected {members}"
assert len(body["scores"]) == min(100, members), f"{len(body['scores'])} members on the page"
assert body["distribution"]["organisations"] == members, "the distribution covers every member"
PY

echo "== heap (limit -Xmx512m)"
jcmd "${SERVICE}" GC.heap_info 2>/dev/null | sed -n '2,3p' || true

OUT=docs/performance.md
[ "${SMOKE}" = 1 ] && OUT="${WORK}/performance-smoke.md" && cp docs/performance.md "${OUT}"
python3 - "${WORK}/times.txt" "${WORK}/gc.log" "${MEMBERS}" "${ROUNDS}" "$(nproc)" "${JSON_BYTES}" "${XLSX_BYTES}" \
  "${OUT}" <<'PY'
import sys, re, os, statistics, datetime
times, gclog, members, rounds, cores, json_bytes, xlsx_bytes, out = sys.argv[1:9]
rows = []
for line in open(times):
    parts = line.split()
    if parts:
        rows.append({k: float(v) for k, v in (p.split("=") for p in parts[1:])})
targets = {"json-name": 0.5, "json-score": 0.5, "json-changed": 0.5, "xlsx": 1.0, "member": 0.1, "member-changed": 0.1}
names = {"json-name": "coordinator JSON, page of 100 by name",
         "json-score": "coordinator JSON, page of 100 by score",
         "json-changed": "coordinator JSON by score, right after another member got a new result",
         "xlsx": "coordinator workbook, every member",
         "member": "a member's own view (region and sector)",
         "member-changed": "a member's own view, right after another member got a new result",
         "member-moved": "a member's own view, right after a member moved to another region and back",
         "noop": "baseline: authenticated GET that does nothing"}
peak_before, peak_after = 0, 0
for line in open(gclog):
    m = re.search(r"(\d+)M->(\d+)M\(\d+M\)", line)
    if m:
        peak_before = max(peak_before, int(m.group(1)))
        peak_after = max(peak_after, int(m.group(2)))
lines = ["<!-- benchmark-bench -->", "## Region benchmark at national scale", "",
         f"Measured by `scripts/bench-benchmark.sh` on {datetime.date.today()} ({cores} cores, MariaDB, JVM "
         f"`-Xmx512m -XX:+UseSerialGC`, one client): a region of {int(members):,} members and a sector of as many "
         f"organisations nationally, every request authenticated, every endpoint warmed, then {rounds} interleaved "
         "rounds of all requests. Times are the client's (curl `time_total`); the baseline ratio is the median over "
         "the rounds of the request's time over that round's no-op GET. \"After a new result\" requests follow a change "
         "to another member of the same region and sector: its latest self-assessment re-scored through the API (a "
         "new result with other scores) and its name edited, so the kept spreads take in the new result. \"After a "
         "move\" follows a member's move to another region and back, after which every spread is computed anew "
         "(no target). Load average when it "
         f"finished: {os.getloadavg()[0]:.1f} (other work on the machine slows every figure).", "",
         "| Request | Median | Min–max | × target | × no-op GET | Target |", "|---|---|---|---|---|---|"]
for key in ["json-name", "json-score", "json-changed", "xlsx", "member", "member-changed", "member-moved", "noop"]:
    values = [r[key] for r in rows]
    median = statistics.median(values)
    base = statistics.median(r[key] / r["noop"] for r in rows)
    target = targets.get(key)
    lines.append(f"| {names[key]} | {median * 1000:.0f} ms | {min(values) * 1000:.0f}–{max(values) * 1000:.0f} ms | "
                 + (f"{median / target:.2f} | " if target else "– | ") + f"{base:.1f} | "
                 + (f"≤ {target * 1000:.0f} ms |" if target else
                    "no target (full recomputation) |" if key == "member-moved" else "– |"))
lines += ["", f"Sizes: JSON page {int(json_bytes):,} bytes, workbook {int(xlsx_bytes):,} bytes. Heap from the GC log: "
          f"at most {peak_before} MB in use before a collection, at most {peak_after} MB after one (limit 512 MB).",
          "<!-- /benchmark-bench -->"]
section = "\n".join(lines)
print(section)
text = open(out).read()
if "<!-- benchmark-bench -->" in text:
    text = re.sub(r"<!-- benchmark-bench -->.*?<!-- /benchmark-bench -->", lambda m: section, text, flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n" + section + "\n"
open(out, "w").write(text)
PY
