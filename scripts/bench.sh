#!/usr/bin/env bash
# Measures vpt-scan under load on MariaDB and prints every figure as a ratio to a baseline measured in the same run:
#  - quick scan against two baselines of the same server (a GET that does nothing, a POST that only parses the
#    quick-scan body), in interleaved rounds (no-op, parse, quick scan, no-op, parse, quick scan, ...) after every
#    endpoint is warm; the median of the per-round ratios with their spread;
#  - the same under the G1 collector (a second server, rounds interleaved with the first), to show why the figures
#    assume the serial collector;
#  - submit against the code of OLD_REV (built from git into a cache), old and new started in turn on a fresh
#    database each (old, new, new, old, ...), the median of the per-pair ratios;
#  - the plan workbook download on one connection, against the no-op GET on one connection;
#  - start-up against a bare Micronaut server from the same jar (scripts/bench-startup.sh).
# Writes the figures to docs/performance.md (sections of the other bench scripts are kept). Needs MariaDB (root over
# the local socket), wrk, curl and python3.
#   scripts/bench.sh                 # 5 rounds of 5 s per load
#   ROUNDS=7 DURATION=10 scripts/bench.sh
#   OLD_REV=<commit> scripts/bench.sh   # submit compared with that commit (default: the code before the speed work)
#   SMOKE=1 scripts/bench.sh         # (or --smoke) 1 round of 1 s, reuses a built jar, the same jar as "old";
#                                    # shows the script runs, writes no docs, judges no figure
#   ONLY=submit scripts/bench.sh     # only submit against the old code (uses target/vpt-scan-*.jar when built);
#                                    # prints its figures and writes them to target/bench, not to docs
set -euo pipefail
cd "$(dirname "$0")/.."

[ "${1:-}" = --smoke ] && SMOKE=1
SMOKE=${SMOKE:-0}
ONLY=${ONLY:-}
case "$ONLY" in ''|submit) ;; *) echo "ONLY takes 'submit' or nothing, not '$ONLY'" >&2; exit 1 ;; esac
if [ "${SMOKE}" = 1 ]; then
  DURATION=${DURATION:-1}; ROUNDS=${ROUNDS:-1}; WARM=${WARM:-1}; SUBMIT_ROUNDS=${SUBMIT_ROUNDS:-1}
  DRAFTS=${DRAFTS:-3000}; WARM_PASSES_MAX=${WARM_PASSES_MAX:-2}
fi
DURATION=${DURATION:-5}
ROUNDS=${ROUNDS:-5}
WARM=${WARM:-5}
WARM_STEADY=${WARM_STEADY:-0.1}
WARM_PASSES_MAX=${WARM_PASSES_MAX:-6}
WARM_PASSES=2
WARM_REACHED=1
SUBMIT_ROUNDS=${SUBMIT_ROUNDS:-2}
DRAFTS=${DRAFTS:-12000}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-8089}
DB=${DB:-vptscan_bench}
# the code before the speed work of this round; submit is compared with it
OLD_REV=${OLD_REV:-eef1871f82a2feaf6d0252d6c93411da8ac0d323}
JVM=(-Xmx512m -XX:+UseSerialGC)
WORK=target/bench
ADMIN=bench
ADMIN_PASSWORD=meetronde-wachtzin-0123
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
as_root mariadb-admin ping >/dev/null 2>&1 || { echo "MariaDB is not running" >&2; exit 1; }

echo "== building"
if { [ "${SMOKE}" = 1 ] || [ "$ONLY" = submit ]; } && ls target/vpt-scan-*.jar >/dev/null 2>&1; then
  echo "reusing the built jar"
else
  ./mvnw -q -DskipTests clean package
fi
JAR=$PWD/$(ls target/vpt-scan-*.jar | grep -v original | head -1)
mkdir -p "$WORK"
WORK=$PWD/$WORK

# The old code runs from its own sources (its own rules/ and questionnaires/), built once per commit into a cache.
if [ "${SMOKE}" = 1 ] && [ -z "${OLD_REV_SMOKE:-}" ]; then
  OLD_DIR=$PWD; OLD_JAR=$JAR; OLD_NAME="this jar (smoke)"
else
  OLD_HASH=$(git rev-parse --verify "${OLD_REV}^{commit}")
  OLD_DIR=${XDG_CACHE_HOME:-$HOME/.cache}/vpt-scan-bench/${OLD_HASH}
  OLD_NAME=$(git log -1 --format='%h (%ad)' --date=short "$OLD_HASH")
  if ! ls "$OLD_DIR"/target/vpt-scan-*.jar >/dev/null 2>&1; then
    echo "== building the old code ${OLD_NAME} into ${OLD_DIR}"
    rm -rf "$OLD_DIR"; mkdir -p "$OLD_DIR"
    git archive "$OLD_HASH" | tar -x -C "$OLD_DIR"
    (cd "$OLD_DIR" && ./mvnw -q -DskipTests package)
  fi
  OLD_JAR=$(ls "$OLD_DIR"/target/vpt-scan-*.jar | grep -v original | head -1)
fi

fresh_db() { # name
  as_root mariadb <<SQL
DROP DATABASE IF EXISTS \`$1\`;
CREATE DATABASE \`$1\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'vptscan'@'127.0.0.1' IDENTIFIED BY 'vptscan';
CREATE USER IF NOT EXISTS 'vptscan'@'localhost' IDENTIFIED BY 'vptscan';
GRANT ALL PRIVILEGES ON \`$1\`.* TO 'vptscan'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`$1\`.* TO 'vptscan'@'localhost';
SQL
}

SERVERS=()
trap 'for p in "${SERVERS[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
# start <name> <jar> <dir> <port> <db> [JVM options...]: starts the service and waits until it answers
start() {
  local name=$1 jar=$2 dir=$3 port=$4 db=$5; shift 5
  (cd "$dir" && DATASOURCES_DEFAULT_URL="jdbc:mariadb://127.0.0.1:3306/${db}" DATASOURCES_DEFAULT_USERNAME=vptscan \
    DATASOURCES_DEFAULT_PASSWORD=vptscan MICRONAUT_SERVER_PORT=${port} VPTSCAN_BENCH_ENABLED=true \
    VPTSCAN_ADMIN_USERNAME=${ADMIN} VPTSCAN_ADMIN_PASSWORD=${ADMIN_PASSWORD} \
    VPTSCAN_JWT_SECRET=bench-signing-secret-of-at-least-32-chars \
    exec java "$@" -jar "$jar" > "$WORK/$name.log" 2>&1) &
  PID=$!
  SERVERS+=("$PID")
  for _ in $(seq 1 1800); do
    curl -sf "http://127.0.0.1:${port}/health" >/dev/null 2>&1 && return 0
    kill -0 "$PID" 2>/dev/null || { echo "FATAL: $name did not start:" >&2; tail -30 "$WORK/$name.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "FATAL: $name did not answer within 3 minutes" >&2; exit 1
}
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

login() { # port
  local token
  token=$(curl -sf -X POST "http://127.0.0.1:$1/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"${ADMIN}\",\"password\":\"${ADMIN_PASSWORD}\"}" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
  [ -n "$token" ] || { echo "FATAL: login on port $1 failed" >&2; exit 1; }
  echo "$token"
}

# A complete answer set for the eight VPT measures, mixed so that several rules fire: quick-scan body and answers.
write_bodies() { # port token
  scripts/quick-scan-answers.py "http://127.0.0.1:$1" "$2" "$WORK/body.json" "$WORK/answers.json"
}

# An organisation with one submitted assessment (PLAN) and, copied in SQL, DRAFTS drafts to submit after it.
prepare() { # port token db drafts
  local base="http://127.0.0.1:$1" auth="Authorization: Bearer $2" org template
  org=$(curl -sf -X POST "$base/api/organisations" -H "$auth" -H 'Content-Type: application/json' \
    -d '{"name":"Benchmark gemeente","sector":"gemeente","employees":400}' | sed 's/.*"id":\([0-9]*\).*/\1/')
  new_assessment() {
    curl -sf -X POST "$base/api/organisations/$org/assessments" -H "$auth" -H 'Content-Type: application/json' \
      -d '{"questionnaireId":"vpt-8-maatregelen"}' | sed 's/.*"id":\([0-9]*\),.*/\1/'
  }
  template=$(new_assessment)
  curl -sf -X PUT "$base/api/assessments/$template/answers" -H "$auth" -H 'Content-Type: application/json' \
    -d @"$WORK/answers.json" >/dev/null
  PLAN=$(new_assessment)
  curl -sf -X PUT "$base/api/assessments/$PLAN/answers" -H "$auth" -H 'Content-Type: application/json' \
    -d @"$WORK/answers.json" >/dev/null
  curl -sf -X POST "$base/api/assessments/$PLAN/submit" -H "$auth" >/dev/null \
    || { echo "FATAL: submitting the first assessment failed" >&2; exit 1; }
  as_root mariadb "$3" <<SQL
INSERT INTO assessment (organisation_id, questionnaire_id, questionnaire_version, kind, status, created_by, created_at)
  SELECT a.organisation_id, a.questionnaire_id, a.questionnaire_version, a.kind, 'DRAFT', a.created_by, NOW(3)
  FROM assessment a JOIN (SELECT seq FROM seq_1_to_$4) s WHERE a.id = ${template};
INSERT INTO answer (assessment_id, question_id, answer_value, comment, evidence, updated_by, updated_at)
  SELECT d.id, t.question_id, t.answer_value, t.comment, t.evidence, t.updated_by, t.updated_at
  FROM assessment d JOIN answer t ON t.assessment_id = ${template}
  WHERE d.status = 'DRAFT' AND d.id > ${PLAN};
SQL
  FIRST_DRAFT=$((PLAN + 1))
}

write_scripts() { # token first-draft
  cat > "$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $1"
local f = io.open("$WORK/body.json", "r"); wrk.body = f:read("*a"); f:close()
LUA
  cat > "$WORK/get.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $1"
LUA
  # each request submits the next draft: thread t of T takes drafts first + t, first + t + T, ...
  cat > "$WORK/submit.lua" <<LUA
local counter = 0
local threads = {}
function setup(thread) thread:set("id", #threads); table.insert(threads, thread) end
function init(args) counter = 0 end
request = function()
  local n = $2 + id + counter * ${THREADS}
  counter = counter + 1
  return wrk.format("POST", "/api/assessments/" .. n .. "/submit",
    {["Authorization"] = "Bearer $1", ["Content-Type"] = "application/json"}, "{}")
end
LUA
}

FIGURES="$WORK/figures.txt"
: > "$FIGURES"
# load <label> <round> <port> <lua> <path> <seconds> [threads connections]: one wrk run; records its figures
load() {
  local out="$WORK/wrk-$1-$2.txt"
  wrk -t"${7:-$THREADS}" -c"${8:-$CONNECTIONS}" -d"$6s" --latency -s "$4" "http://127.0.0.1:$3$5" > "$out" 2>&1
  local rps p50 p99 bad
  rps=$(grep 'Requests/sec' "$out" | awk '{print $2}')
  p50=$(grep -E '^\s+50%' "$out" | awk '{print $2}')
  p99=$(grep -E '^\s+99%' "$out" | awk '{print $2}')
  bad=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$out" | grep -o '[0-9]*$' || echo 0)
  echo "$1 $2 ${rps:-0} ${p50:-?} ${p99:-?} ${bad:-0}" | tee -a "$FIGURES"
  if [ -z "$rps" ] || [ "${rps%.*}" = 0 ] || [ "${bad:-0}" != 0 ]; then
    echo "FATAL: $1 completed no request or answered errors (see $out)" >&2; exit 1
  fi
}
# warm_rate port lua path: the same load, briefly, so the JIT has compiled its path before it is measured; prints the
# requests per second it reached
warm_rate() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARM}s" -s "$2" "http://127.0.0.1:$1$3" \
    | awk '/^Requests\/sec/ {print int($2)}'
}
warm() { warm_rate "$@" >/dev/null; }
# steady "<rates of the previous pass>" "<rates of this pass>": true when every endpoint's rate moved by less than
# WARM_STEADY (a fraction) from one pass to the next
steady() {
  python3 - "$1" "$2" "$WARM_STEADY" <<'PY'
import sys
before, now, limit = [float(x) for x in sys.argv[1].split()], [float(x) for x in sys.argv[2].split()], float(sys.argv[3])
sys.exit(0 if len(before) == len(now) and all(b > 0 and abs(n - b) / b < limit for b, n in zip(before, now)) else 1)
PY
}

# ---- quick scan against its baselines, serial collector and G1 side by side ------------------------------------
if [ -z "$ONLY" ]; then
echo "== quick scan: database ${DB}, servers with ${JVM[*]} and with G1"
fresh_db "$DB"
start serial "$JAR" "$PWD" "$PORT" "$DB" "${JVM[@]}"; SERIAL=$PID
G1_PORT=$((PORT + 1))
if [ "${SMOKE}" = 0 ]; then start g1 "$JAR" "$PWD" "$G1_PORT" "$DB" -Xmx512m -XX:+UseG1GC; G1=$PID; fi
TOKEN=$(login "$PORT")
write_bodies "$PORT" "$TOKEN"
prepare "$PORT" "$TOKEN" "$DB" 1
write_scripts "$TOKEN" "$FIRST_DRAFT"
QS=/api/score/vpt-8-maatregelen
PARSE=/bench/parse/vpt-8-maatregelen
PLAN_XLSX="/api/assessments/$PLAN/plan.xlsx"
PORTS=("$PORT"); [ "${SMOKE}" = 0 ] && PORTS+=("$G1_PORT")
# the first workbook of a JVM loads POI's classes (over a second): made before anything is timed
curl -sf -m 120 -o /dev/null -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$PLAN_XLSX" \
  || { echo "FATAL: the plan workbook download failed" >&2; exit 1; }
# Passes over every endpoint until each one's throughput moved by less than WARM_STEADY from the pass before (at
# least 2, at most WARM_PASSES_MAX passes): two fixed passes left the first measured round slower than the others
# for every load (the G1 server's no-op GET at 0.6 of its later rounds).
echo "== warming every endpoint (passes of ${WARM} s each until steady, at most ${WARM_PASSES_MAX})"
previous=""; WARM_PASSES=0; WARM_REACHED=0
while [ "$WARM_PASSES" -lt "$WARM_PASSES_MAX" ]; do
  WARM_PASSES=$((WARM_PASSES + 1)); rates=""
  for p in "${PORTS[@]}"; do
    rates+=" $(warm_rate "$p" "$WORK/get.lua" /bench/noop) $(warm_rate "$p" "$WORK/post.lua" "$PARSE")"
    rates+=" $(warm_rate "$p" "$WORK/post.lua" "$QS")"
  done
  wrk -t1 -c1 -d"${WARM}s" -s "$WORK/get.lua" "http://127.0.0.1:$PORT$PLAN_XLSX" >/dev/null
  echo "pass ${WARM_PASSES}: requests/s${rates}"
  if [ "$WARM_PASSES" -ge 2 ] && steady "$previous" "$rates"; then WARM_REACHED=1; break; fi
  previous=$rates
done
echo "== measuring: ${ROUNDS} rounds of ${DURATION} s per load (label round requests/s p50 p99 non-2xx)"
for r in $(seq 1 "$ROUNDS"); do
  for p in "${PORTS[@]}"; do
    gc=serial; [ "$p" = "$G1_PORT" ] && gc=g1
    load "noop-$gc" "$r" "$p" "$WORK/get.lua" /bench/noop "$DURATION"
    load "parse-$gc" "$r" "$p" "$WORK/post.lua" "$PARSE" "$DURATION"
    load "quickscan-$gc" "$r" "$p" "$WORK/post.lua" "$QS" "$DURATION"
  done
  load noop1 "$r" "$PORT" "$WORK/get.lua" /bench/noop "$DURATION" 1 1
  load plan1 "$r" "$PORT" "$WORK/get.lua" "$PLAN_XLSX" "$DURATION" 1 1
done
stop "$SERIAL"; [ "${SMOKE}" = 0 ] && stop "$G1"
else
  # the answer set of the submit runs is written by a server of this code on the database of the submit runs
  fresh_db "${DB}_submit"
  start bodies "$JAR" "$PWD" "$PORT" "${DB}_submit" "${JVM[@]}"
  write_bodies "$PORT" "$(login "$PORT")"
  stop "$PID"
fi

# ---- submit: old code and new code in turn, each on a fresh database ------------------------------------------
echo "== submit: this code against ${OLD_NAME}, ${SUBMIT_ROUNDS} pairs, ${DRAFTS} drafts each"
submit_run() { # label round jar dir
  fresh_db "${DB}_submit"
  start "$1" "$3" "$4" "$PORT" "${DB}_submit" "${JVM[@]}"
  local token last
  token=$(login "$PORT")
  prepare "$PORT" "$token" "${DB}_submit" "$DRAFTS"
  write_scripts "$token" "$FIRST_DRAFT"
  # warming submits the first drafts, in two passes (one server at a time; the first pass of a fresh server runs
  # at about three quarters of the throughput of the next); the measured run goes on after them
  for _ in 1 2; do
    warm "$PORT" "$WORK/submit.lua" /
    sleep 1
    last=$(as_root mariadb -N "${DB}_submit" -e "SELECT MAX(id) FROM assessment WHERE status <> 'DRAFT'")
    write_scripts "$token" "$((last + 1))"
  done
  load "$1" "$2" "$PORT" "$WORK/submit.lua" / "$DURATION"
  local left
  left=$(as_root mariadb -N "${DB}_submit" -e "SELECT COUNT(*) FROM assessment WHERE status = 'DRAFT'")
  [ "$left" -gt 0 ] || { echo "FATAL: the run used up all ${DRAFTS} drafts; set DRAFTS higher" >&2; exit 1; }
  stop "$PID"
}
for r in $(seq 1 "$SUBMIT_ROUNDS"); do
  if [ $((r % 2)) = 1 ]; then
    submit_run submit-old "$r" "$OLD_JAR" "$OLD_DIR"; submit_run submit-new "$r" "$JAR" "$PWD"
  else
    submit_run submit-new "$r" "$JAR" "$PWD"; submit_run submit-old "$r" "$OLD_JAR" "$OLD_DIR"
  fi
done

# ---- start-up ---------------------------------------------------------------------------------------------------
STARTUP="$WORK/startup.txt"
: > "$STARTUP"
if [ -z "$ONLY" ] && [ -x scripts/bench-startup.sh ]; then
  echo "== start-up (scripts/bench-startup.sh)"
  SMOKE=$SMOKE JAR="$JAR" scripts/bench-startup.sh | tee "$STARTUP"
fi

SCORING=""
if [ "${SMOKE}" = 0 ] && [ -z "$ONLY" ] && [ -f scripts/bench-scoring.sh ]; then
  SCORING=$(scripts/bench-scoring.sh 2>/dev/null | grep -iE 'median|compil|^rules:|^quick scan' || true)
fi

OUT=docs/performance.md
[ "${SMOKE}" = 1 ] && OUT="$WORK/performance-smoke.md"
[ -n "$ONLY" ] && OUT="$WORK/performance-$ONLY.md"
python3 - "$FIGURES" "$STARTUP" "$OUT" "$SMOKE" "$(nproc)" "$DURATION" "$ROUNDS" "$OLD_NAME" "$SCORING" \
  "$(uptime | sed 's/.*load average: //')" "$ONLY" "$SUBMIT_ROUNDS" "$WARM" "$WARM_PASSES" "$WARM_STEADY" "$WARM_REACHED" <<'PY'
import sys, re, datetime, statistics
(figures, startup_file, out, smoke, cores, duration, rounds, old_name, scoring, load_avg, only, submit_rounds,
 warm, warm_passes, warm_steady, warm_reached) = sys.argv[1:17]
smoke = smoke == "1"

def ms(v):
    m = re.match(r"([\d.]+)(us|ms|s)$", v)
    if not m:
        return float("nan")
    n = float(m.group(1))
    return {"us": n / 1000, "ms": n, "s": n * 1000}[m.group(2)]

runs = {}
for line in open(figures):
    label, rnd, rps, p50, p99, bad = line.split()
    runs.setdefault(label, {})[int(rnd)] = (float(rps), ms(p50), ms(p99))

def median(xs): return statistics.median(xs)
def spread(xs): return f"{min(xs):.2f}–{max(xs):.2f}"
def ratios(a, b):
    common = sorted(set(runs.get(a, {})) & set(runs.get(b, {})))
    return [runs[a][r][0] / runs[b][r][0] for r in common]
def rps(label): return median([v[0] for v in runs[label].values()])
def p99(label): return max(v[2] for v in runs[label].values())
def p50(label): return median([v[1] for v in runs[label].values()])

def verdict(ok): return "" if smoke else (" — within the target" if ok else " — NOT within the target")

lines = ["# Performance", ""]
if only == "submit":
    lines += [f"Submit only, measured by `ONLY=submit scripts/bench.sh` on {datetime.date.today()} ({cores} cores, "
              f"JVM -Xmx512m -XX:+UseSerialGC, wrk with 2 threads and 16 connections, {submit_rounds} pairs of "
              f"{duration} s; load average at the end {load_avg}).", ""]
    lines += ["| Run | Old requests/s | This code requests/s | × old | p50 old / this | p99 old / this |",
              "|---|---|---|---|---|---|"]
    for r in sorted(set(runs.get("submit-old", {})) & set(runs.get("submit-new", {}))):
        o, n = runs["submit-old"][r], runs["submit-new"][r]
        lines.append(f"| {r} | {o[0]:,.0f} | {n[0]:,.0f} | {n[0] / o[0]:.2f} | {o[1]:.1f} / {n[1]:.1f} ms | "
                     f"{o[2]:.1f} / {n[2]:.1f} ms |")
    sr = ratios("submit-new", "submit-old")
    lines += ["", f"This code submits {median(sr):.2f}× ({spread(sr)}) as many per second as {old_name}; p50 "
              f"{p50('submit-new'):.1f} ms (old {p50('submit-old'):.1f} ms), p99 (worst run) {p99('submit-new'):.0f} ms "
              f"(old {p99('submit-old'):.0f} ms).{verdict(median(sr) >= 2 and p99('submit-new') <= 150)}", ""]
    open(out, "w").write("\n".join(lines))
    print("\n".join(lines))
    sys.exit(0)
lines += [f"Measured by `scripts/bench.sh` on {datetime.date.today()} ({cores} cores, MariaDB on the same machine, "
          f"wrk with 2 threads and 16 connections on 127.0.0.1, {rounds} rounds of {duration} s per load after "
          f"{warm_passes} warm-up passes of {warm} s over every endpoint, "
          + (f"until each endpoint's throughput moved by less than {float(warm_steady):.0%} from one pass to the next"
             if warm_reached == "1" else f"the most allowed, without every endpoint's throughput steady within "
             f"{float(warm_steady):.0%}") + f"; load average at the end {load_avg}). Every figure is a ratio to a "
          "baseline measured in the same run, in interleaved rounds; absolute numbers differ 2× between machines "
          "and within minutes on one, the ratios much less. Spread = lowest–highest per-round ratio.", ""]
if smoke:
    lines += ["**Smoke run**: one short round to show the script works; these figures mean nothing.", ""]

lines += ["## JVM settings", "",
          "All figures assume `java -Xmx512m -XX:+UseSerialGC` on 2 cores. The heap limit is the one the service "
          "must live in (the national-scale benchmark keeps within it). The serial collector because on 2 cores "
          "G1's concurrent threads share the cores with the request threads and buy nothing here: the G1 rows below "
          "are a second server on the same jar and database, measured in the same interleaved rounds (an earlier "
          "version of the service lost more than half its quick-scan throughput under G1; this one loses less, "
          "and has a worse p99). JVM ergonomics picks G1 on any machine with 2 or more cores and 1792 MB or "
          "more, so a figure that does not name its collector cannot be compared. The README's production "
          "recommendation follows from this: the serial collector up to 2 cores; on 4 or more cores the parallel "
          "or G1 collector, measured with this script on that machine.", ""]

lines += ["## Quick scan", "",
          "| Load | Requests/s (median) | p50 | p99 (worst round) | × parse-only POST (median, spread) | × no-op GET (median, spread) |",
          "|---|---|---|---|---|---|"]
names = {"noop": "baseline: GET that does nothing (behind the login check)",
         "parse": "baseline: POST that only parses the quick-scan body",
         "quickscan": "quick scan (scores 35 answers, nothing stored)"}
for gc in ["serial", "g1"]:
    for key in ["noop", "parse", "quickscan"]:
        label = f"{key}-{gc}"
        if label not in runs:
            continue
        rp, rn = ratios(label, f"parse-{gc}"), ratios(label, f"noop-{gc}")
        lines.append(f"| {names[key]}, {'serial collector' if gc == 'serial' else 'G1'} | {rps(label):,.0f} | "
                     f"{p50(label):.2f} ms | {p99(label):.2f} ms | {median(rp):.2f} ({spread(rp)}) | "
                     f"{median(rn):.2f} ({spread(rn)}) |")
qs = ratios("quickscan-serial", "parse-serial")
lines += ["", f"Target: quick scan ≥ 0.7× the parse-only POST, p99 ≤ 20 ms: {median(qs):.2f}×, p99 "
          f"{p99('quickscan-serial'):.1f} ms{verdict(median(qs) >= 0.7 and p99('quickscan-serial') <= 20)}.",
          "The quick scan's own steps without HTTP (checking the answers, scoring, building and writing the answer), "
          "each as a ratio to reading its request body, are under 'Scoring alone' below."]
if "quickscan-g1" in runs:
    g1 = [runs["quickscan-g1"][r][0] / runs["quickscan-serial"][r][0] for r in runs["quickscan-g1"]]
    lines.append(f"Under G1 the quick scan reaches {median(g1):.2f}× ({spread(g1)}) the throughput it has under "
                 "the serial collector, round by round.")
lines.append("")

lines += ["## Submit", "",
          f"Submit scores a draft, stores its result, findings and plan, and marks it submitted. Old = {old_name}, "
          "the code before this round's speed work, built from git and run from its own sources; old and new start "
          "in turn (old, new, new, old, ...) on a fresh database each, warm up on their first drafts (two "
          f"passes of {warm} s), then submit for the measured run.", "",
          "| Code | Requests/s (median) | p50 | p99 (worst run) |", "|---|---|---|---|"]
for label, name in [("submit-old", "old"), ("submit-new", "this code")]:
    lines.append(f"| {name} | {rps(label):,.0f} | {p50(label):.1f} ms | {p99(label):.1f} ms |")
sr = ratios("submit-new", "submit-old")
lines += ["", f"This code submits {median(sr):.2f}× ({spread(sr)}) as many per second as the old. Target ≥ 2× with "
          f"p99 ≤ 150 ms: p99 {p99('submit-new'):.0f} ms{verdict(median(sr) >= 2 and p99('submit-new') <= 150)}.", ""]

pr = [runs["noop1"][r][0] / runs["plan1"][r][0] for r in runs["plan1"]]
lines += ["## Plan workbook", "",
          f"One connection, downloads after each other: {1000 / rps('plan1'):.1f} ms per workbook (median of rounds), "
          f"{median(pr):.0f}× ({min(pr):.0f}–{max(pr):.0f}) the time of the no-op GET on one connection.", ""]

startup = open(startup_file).read().strip()
if startup:
    lines += ["## Start-up", "",
              "Time from starting the JVM to the first answered request, for the service (`GET /health`, then a login "
              "and a scored quick scan) and for a bare Micronaut HTTP server from the same jar "
              "(`nl.vptscan.bench.BareServer`: one route, none of the service's beans, no datasource, migration, "
              "security or views), started in turn (bare, service, bare, service, ...), schema already migrated. "
              "The build compiles `rules/` into Drools' executable model (`RuleModelBuilder`, Maven "
              "`process-classes`); the service loads it when the rules on disk hash to the version it was built from, "
              "and compiles them as before when they differ (the log says which). Rule compilation was the largest "
              "part of start-up; the rest is class loading and bean creation: the datasource and driver, Flyway's "
              "validation, the repositories, security, metrics, questionnaires, the HTTP server and its routes. "
              "A class-data sharing archive speeds up both, the bare server more in proportion "
              "(`CDS=1 scripts/bench-startup.sh` measures it with an archive for each).", "",
              "By `scripts/bench-startup.sh`:", "", "```", startup, "```", ""]
if scoring.strip():
    lines += ["## Scoring alone", "", "By `scripts/bench-scoring.sh`:", "", "```", scoring.strip(), "```", ""]

# sections other scripts write (between <!-- name --> and <!-- /name -->) are kept
try:
    kept = [m.group(0) for m in re.finditer(r"<!-- ([a-z-]+) -->.*?<!-- /\1 -->",
                                            open("docs/performance.md").read(), flags=re.S)]
except FileNotFoundError:
    kept = []
open(out, "w").write("\n".join(lines + [k + "\n" for k in kept]))
print("\n".join(lines))
PY
