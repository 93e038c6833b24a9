#!/usr/bin/env bash
# Measures vpt-scan under load on MariaDB and prints every figure with its ratio to two baselines of the same
# server, measured in the same run: a GET that does nothing and a POST that only parses a quick-scan body.
# Writes the figures to docs/performance.md. Needs MariaDB (root over the local socket) and wrk.
#   scripts/bench.sh            # 10 s per load run
#   DURATION=30 scripts/bench.sh
#   SMOKE=1 scripts/bench.sh    # (or --smoke) 1 s per run, one start, reuses a built jar; writes no docs
set -euo pipefail
cd "$(dirname "$0")/.."

[ "${1:-}" = --smoke ] && SMOKE=1
SMOKE=${SMOKE:-0}
if [ "${SMOKE}" = 1 ]; then DURATION=${DURATION:-1}; DRAFTS=${DRAFTS:-2000}; WARM=1; else WARM=""; fi
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-8089}
DB=${DB:-vptscan_bench}
BASE="http://127.0.0.1:${PORT}"
WORK=target/bench

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
mariadb-admin ping >/dev/null 2>&1 || { echo "MariaDB is not running" >&2; exit 1; }

echo "== building"
if [ "${SMOKE}" = 1 ] && ls target/vpt-scan-*.jar >/dev/null 2>&1; then
  echo "smoke: reusing the built jar"
else
  ./mvnw -q -DskipTests clean package
fi
JAR=$(ls target/vpt-scan-*.jar | grep -v original | head -1)
mkdir -p "$WORK"

echo "== database ${DB}"
mariadb <<SQL
DROP DATABASE IF EXISTS ${DB};
CREATE DATABASE ${DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'vptscan'@'127.0.0.1' IDENTIFIED BY 'vptscan';
CREATE USER IF NOT EXISTS 'vptscan'@'localhost' IDENTIFIED BY 'vptscan';
GRANT ALL PRIVILEGES ON ${DB}.* TO 'vptscan'@'127.0.0.1';
GRANT ALL PRIVILEGES ON ${DB}.* TO 'vptscan'@'localhost';
SQL

# Class-data sharing: one training start records the classes start-up loads; the measured start maps them.
echo "== class-data sharing archive"
CDS="$WORK/vpt-scan.jsa"
rm -f "$CDS"
start_server() { # extra JVM options...
  DATASOURCES_DEFAULT_URL="jdbc:mariadb://127.0.0.1:3306/${DB}" DATASOURCES_DEFAULT_USERNAME=vptscan \
  DATASOURCES_DEFAULT_PASSWORD=vptscan MICRONAUT_SERVER_PORT=${PORT} VPTSCAN_BENCH_ENABLED=true \
  VPTSCAN_ADMIN_USERNAME=bench VPTSCAN_ADMIN_PASSWORD=meetronde-wachtzin-0123 \
  VPTSCAN_JWT_SECRET=bench-signing-secret-of-at-least-32-chars \
  java -Xmx512m -XX:+UseSerialGC "$@" -jar "$JAR" > "$WORK/server.log" 2>&1 &
  SERVER=$!
}
wait_until_up() {
  until curl -sf "$BASE/health" >/dev/null 2>&1; do
    kill -0 $SERVER 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
    sleep 0.02
  done
}
if [ "${SMOKE}" = 1 ]; then
  echo "smoke: no archive"
  PLAIN_STARTUP_MS="-" PLAIN_MICRONAUT_MS="-"
  START_NS=$(date +%s%N)
  start_server
else
start_server -XX:ArchiveClassesAtExit="$CDS"
wait_until_up
kill $SERVER; wait $SERVER 2>/dev/null || true

echo "== starting the service (plain, then with the archive)"
START_NS=$(date +%s%N)
start_server
wait_until_up
PLAIN_STARTUP_MS=$(( ($(date +%s%N) - START_NS) / 1000000 ))
PLAIN_MICRONAUT_MS=$(grep -o 'Startup completed in [0-9]*ms' "$WORK/server.log" | grep -o '[0-9]*' || echo "?")
kill $SERVER; wait $SERVER 2>/dev/null || true
START_NS=$(date +%s%N)
start_server -XX:SharedArchiveFile="$CDS"
fi
trap 'kill $SERVER 2>/dev/null || true' EXIT
wait_until_up
STARTUP_MS=$(( ($(date +%s%N) - START_NS) / 1000000 ))
MICRONAUT_MS=$(grep -o 'Startup completed in [0-9]*ms' "$WORK/server.log" | grep -o '[0-9]*' || echo "?")
RULES_MS=$(grep -o 'rule files from .* in [0-9]* ms' "$WORK/server.log" | grep -o 'in [0-9]* ms' | grep -o '[0-9]*' || echo "?")

TOKEN=$(curl -sf -X POST "$BASE/login" -H 'Content-Type: application/json' \
  -d '{"username":"bench","password":"meetronde-wachtzin-0123"}' | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
AUTH="Authorization: Bearer $TOKEN"

# A complete answer set for the eight VPT measures, mixed so that several rules fire.
python3 - "$BASE" "$TOKEN" > "$WORK/body.json" <<'PY'
import json, sys, urllib.request, datetime
base, token = sys.argv[1], sys.argv[2]
req = urllib.request.Request(base + "/api/questionnaires/vpt-8-maatregelen", headers={"Authorization": "Bearer " + token})
q = json.load(urllib.request.urlopen(req))
answers = {}
for i, topic in enumerate(q["topics"]):
    for question in topic["questions"]:
        t = question["type"]
        good = i % 2 == 0
        if t in ("yes_no", "yes_no_partly"):
            answers[question["id"]] = "yes" if good else "no"
        elif t == "percentage":
            answers[question["id"]] = 85 if good else 30
        elif t == "date":
            answers[question["id"]] = str(datetime.date.today() - datetime.timedelta(days=60 if good else 900))
        elif t == "number":
            answers[question["id"]] = 12
        elif t == "choice":
            answers[question["id"]] = question["options"][0]["value"]
        elif t == "multi_choice":
            answers[question["id"]] = [question["options"][0]["value"]]
        else:
            answers[question["id"]] = "zie beleidsplan"
print(json.dumps({"answers": answers, "context": {"sector": "gemeente", "employees": 400, "kind": "SELF"}}))
PY
python3 -c "import json;b=json.load(open('$WORK/body.json'));print(json.dumps({'answers':{k:{'value':v} for k,v in b['answers'].items()}}))" > "$WORK/answers.json"

ORG=$(curl -sf -X POST "$BASE/api/organisations" -H "$AUTH" -H 'Content-Type: application/json' \
  -d '{"name":"Benchmark gemeente","sector":"gemeente","employees":400}' | sed 's/.*"id":\([0-9]*\).*/\1/')
new_assessment() {
  curl -sf -X POST "$BASE/api/organisations/$ORG/assessments" -H "$AUTH" -H 'Content-Type: application/json' \
    -d '{"questionnaireId":"vpt-8-maatregelen"}' | sed 's/.*"id":\([0-9]*\),.*/\1/'
}
TEMPLATE=$(new_assessment)
curl -sf -X PUT "$BASE/api/assessments/$TEMPLATE/answers" -H "$AUTH" -H 'Content-Type: application/json' \
  -d @"$WORK/answers.json" >/dev/null
PLAN=$(new_assessment)
curl -sf -X PUT "$BASE/api/assessments/$PLAN/answers" -H "$AUTH" -H 'Content-Type: application/json' -d @"$WORK/answers.json" >/dev/null
curl -sf -X POST "$BASE/api/assessments/$PLAN/submit" -H "$AUTH" >/dev/null

# Drafts to submit, copied in SQL from the template (each submit in the run takes a fresh one).
DRAFTS=${DRAFTS:-20000}
mariadb "$DB" <<SQL
INSERT INTO assessment (organisation_id, questionnaire_id, questionnaire_version, kind, status, created_by, created_at)
  SELECT a.organisation_id, a.questionnaire_id, a.questionnaire_version, a.kind, 'DRAFT', a.created_by, NOW(3)
  FROM assessment a JOIN (SELECT seq FROM seq_1_to_${DRAFTS}) s WHERE a.id = ${TEMPLATE};
INSERT INTO answer (assessment_id, question_id, answer_value, comment, evidence, updated_by, updated_at)
  SELECT d.id, t.question_id, t.answer_value, t.comment, t.evidence, t.updated_by, t.updated_at
  FROM assessment d JOIN answer t ON t.assessment_id = ${TEMPLATE}
  WHERE d.status = 'DRAFT' AND d.id > ${PLAN};
SQL
FIRST_DRAFT=$((PLAN + 1))

cat > "$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer ${TOKEN}"
local f = io.open("${WORK}/body.json", "r"); wrk.body = f:read("*a"); f:close()
LUA
cat > "$WORK/get.lua" <<LUA
wrk.headers["Authorization"] = "Bearer ${TOKEN}"
LUA
cat > "$WORK/submit.lua" <<LUA
local counter = 0
local threads = {}
function setup(thread) thread:set("id", #threads); table.insert(threads, thread) end
function init(args) counter = 0 end
request = function()
  local n = ${FIRST_DRAFT} + id + counter * ${THREADS}
  counter = counter + 1
  return wrk.format("POST", "/api/assessments/" .. n .. "/submit",
    {["Authorization"] = "Bearer ${TOKEN}", ["Content-Type"] = "application/json"}, "{}")
end
LUA

run() { # name script path [threads connections]
  wrk -t"${4:-$THREADS}" -c"${5:-$CONNECTIONS}" -d"${DURATION}s" --latency -s "$2" "$BASE$3" > "$WORK/$1.txt" 2>&1
  local rps p50 p99 non2xx
  rps=$(grep 'Requests/sec' "$WORK/$1.txt" | awk '{print $2}')
  p50=$(grep -E '^\s+50%' "$WORK/$1.txt" | awk '{print $2}')
  p99=$(grep -E '^\s+99%' "$WORK/$1.txt" | awk '{print $2}')
  non2xx=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$WORK/$1.txt" | grep -o '[0-9]*$' || echo 0)
  echo "$1 $rps $p50 $p99 ${non2xx:-0}"
}

echo "== warming up"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARM:-5}"s -s "$WORK/post.lua" "$BASE/api/score/vpt-8-maatregelen" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARM:-3}"s -s "$WORK/post.lua" "$BASE/bench/parse/vpt-8-maatregelen" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARM:-3}"s -s "$WORK/get.lua" "$BASE/bench/noop" >/dev/null
# the first workbook of a JVM loads POI's classes (over a second): make it before the plan is measured
for _ in 1 2 3; do
  curl -sf -o /dev/null -H "Authorization: Bearer ${TOKEN}" "$BASE/api/assessments/$PLAN/plan.xlsx" \
    || { echo "FATAL: the plan workbook download failed" >&2; exit 1; }
done

echo "== measuring (${DURATION} s each, ${THREADS} threads, ${CONNECTIONS} connections)"
{
  run noop "$WORK/get.lua" /bench/noop
  run parse "$WORK/post.lua" /bench/parse/vpt-8-maatregelen
  run quickscan "$WORK/post.lua" /api/score/vpt-8-maatregelen
  run submit "$WORK/submit.lua" /
  run plan "$WORK/get.lua" "/api/assessments/$PLAN/plan.xlsx"
  run plan1 "$WORK/get.lua" "/api/assessments/$PLAN/plan.xlsx" 1 1
} > "$WORK/figures.txt"
cat "$WORK/figures.txt"
# a load that completed no request, or answered errors, measured nothing: the script is broken, not the machine
if awk '$2 == "" || $2 + 0 == 0 || $5 + 0 > 0 {bad = 1} END {exit !bad}' "$WORK/figures.txt"; then
  echo "FATAL: a load completed no request or answered errors (see the figures above)" >&2
  exit 1
fi

SCORING=""
if [ "${SMOKE}" = 0 ] && [ -f scripts/bench-scoring.sh ]; then
  SCORING=$(scripts/bench-scoring.sh 2>/dev/null | grep -iE 'median|compil' || true)
fi

OUT=docs/performance.md
[ "${SMOKE}" = 1 ] && OUT="$WORK/performance-smoke.md"
python3 - "$WORK/figures.txt" "$STARTUP_MS" "$MICRONAUT_MS" "$RULES_MS" "$(nproc)" "$DURATION" "$SCORING" \
  "$PLAIN_STARTUP_MS" "$PLAIN_MICRONAUT_MS" "$OUT" <<'PY'
import sys, re, datetime
rows = {}
for line in open(sys.argv[1]):
    name, rps, p50, p99, errors = line.split()
    rows[name] = (float(rps), p50, p99, int(errors))
startup, micronaut, rules, cores, duration, scoring, plain, plain_micronaut = sys.argv[2:10]
def ms(v):
    m = re.match(r"([\d.]+)(us|ms|s)", v)
    n = float(m.group(1)); return n / 1000 if m.group(2) == "us" else n * 1000 if m.group(2) == "s" else n
noop, parse = rows["noop"][0], rows["parse"][0]
lines = [f"# Performance", "",
         f"Measured by `scripts/bench.sh` on {datetime.date.today()} ({cores} cores, MariaDB, wrk {duration} s per run, "
         "2 threads, 16 connections, JVM -Xmx512m). Absolute numbers vary between machines and runs; the ratios to "
         "the two baselines of the same server in the same run are what to compare.", "",
         "| Load | Requests/s | p50 | p99 | × no-op GET | × parse-only POST | non-2xx |",
         "|---|---|---|---|---|---|---|"]
names = {"noop": "baseline: GET that does nothing", "parse": "baseline: POST that only parses the quick-scan body",
         "quickscan": "quick scan (score 35 answers, nothing stored)", "submit": "submit (score + store result and plan)",
         "plan": "plan download (.xlsx)", "plan1": "plan download, one connection (warm time per workbook)"}
for key in ["noop", "parse", "quickscan", "submit", "plan", "plan1"]:
    rps, p50, p99, errors = rows[key]
    lines.append(f"| {names[key]} | {rps:,.0f} | {p50} | {p99} | {rps / noop:.2f} | {rps / parse:.2f} | {errors} |")
if plain == "-":
    lines += ["", f"Smoke run: start-up to the first answered request {startup} ms, without an archive; "
              "these figures only show that the script runs.", ""]
else:
  lines += ["", f"Start-up to the first answered request (schema already migrated): {plain} ms plain "
          f"(Micronaut reports {plain_micronaut} ms); {startup} ms with a class-data sharing archive "
          f"(`-XX:SharedArchiveFile`, Micronaut reports {micronaut} ms). Rules compile on their own thread "
          f"during start-up ({rules} ms).", ""]
if scoring.strip():
    lines += ["Warm scoring (scripts/bench-scoring.sh):", "", "```", scoring.strip(), "```", ""]
lines += ["Targets on 2 cores: quick scan ≥ 0.5× the parse-only POST and ≥ 0.25× the no-op GET, p99 ≤ 20 ms; "
          "start-up ≤ 3 s; plan workbook ≤ 150 ms.", ""]
# sections other scripts write (between <!-- name --> and <!-- /name -->) are kept
try:
    kept = [m.group(0) for m in re.finditer(r"<!-- ([a-z-]+) -->.*?<!-- /\1 -->", open("docs/performance.md").read(), flags=re.S)]
except FileNotFoundError:
    kept = []
open(sys.argv[10], "w").write("\n".join(lines + [k + "\n" for k in kept]))
print("\n".join(lines))
PY
