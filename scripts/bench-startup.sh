#!/usr/bin/env bash
# Measures start-up: the time from starting the JVM to the first answered request, for vpt-scan and for a bare
# Micronaut HTTP server started from the same jar (nl.vptscan.bench.BareServer: one route, none of vpt-scan's
# beans), interleaved (bare, app, bare, app, ...) in the same run, and prints each round and the median ratio
# app/bare with its spread. The app's figure is the first answered /health; the time to its first scored quick
# scan (logged in) is printed beside it, so the rules are known to be loaded. Needs MariaDB (root over the local
# socket). Exits non-zero only when a server does not start or answer, never on a figure.
#   scripts/bench-startup.sh            # 5 rounds
#   ROUNDS=9 scripts/bench-startup.sh
#   CDS=1 scripts/bench-startup.sh      # both with their own class-data sharing archive, made the same way
#   SMOKE=1 scripts/bench-startup.sh    # (or --smoke) one round, reuses a built jar
set -euo pipefail
cd "$(dirname "$0")/.."

[ "${1:-}" = --smoke ] && SMOKE=1
SMOKE=${SMOKE:-0}
if [ "${SMOKE}" = 1 ]; then ROUNDS=${ROUNDS:-1}; fi
ROUNDS=${ROUNDS:-5}
CDS=${CDS:-0}
PORT=${PORT:-8090}
DB=${DB:-vptscan_bench_startup}
BASE="http://127.0.0.1:${PORT}"
WORK=target/bench-startup
JVM_OPTS=(-Xmx512m -XX:+UseSerialGC)

mariadb-admin ping >/dev/null 2>&1 || { echo "MariaDB is not running" >&2; exit 1; }

echo "== building"
if [ -n "${JAR:-}" ]; then
  echo "using ${JAR}"
elif [ "${SMOKE}" = 1 ] && ls target/vpt-scan-*.jar >/dev/null 2>&1; then
  echo "smoke: reusing the built jar"
else
  ./mvnw -q -DskipTests clean package
fi
JAR=${JAR:-$(ls target/vpt-scan-*.jar | grep -v original | head -1)}
rm -rf "$WORK"
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

SERVER=""
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null || true' EXIT
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
start_app() { # log, extra JVM options...
  local log=$1; shift
  DATASOURCES_DEFAULT_URL="jdbc:mariadb://127.0.0.1:3306/${DB}" DATASOURCES_DEFAULT_USERNAME=vptscan \
  DATASOURCES_DEFAULT_PASSWORD=vptscan MICRONAUT_SERVER_PORT=${PORT} \
  VPTSCAN_ADMIN_USERNAME=bench VPTSCAN_ADMIN_PASSWORD=meetronde-wachtzin-0123 \
  VPTSCAN_JWT_SECRET=bench-signing-secret-of-at-least-32-chars \
  java "${JVM_OPTS[@]}" "$@" -jar "$JAR" > "$log" 2>&1 &
  SERVER=$!
}
start_bare() { # log, extra JVM options...
  local log=$1; shift
  MICRONAUT_SERVER_PORT=${PORT} java "${JVM_OPTS[@]}" "$@" -cp "$JAR" nl.vptscan.bench.BareServer > "$log" 2>&1 &
  SERVER=$!
}
wait_for() { # path, log: waits until the path answers 2xx
  until curl -sf -o /dev/null "$BASE$1" 2>/dev/null; do
    kill -0 "$SERVER" 2>/dev/null || { echo "FATAL: the server stopped before answering $1" >&2; tail -30 "$2" >&2; exit 1; }
    sleep 0.01
  done
}
stop() {
  kill "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
  SERVER=""
  # the port is free again before the next start
  while curl -s -o /dev/null "$BASE/" 2>/dev/null; do sleep 0.05; done
}
login() {
  curl -sf -X POST "$BASE/login" -H 'Content-Type: application/json' \
    -d '{"username":"bench","password":"meetronde-wachtzin-0123"}' | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
score() { # token
  curl -sf -o "$WORK/scored.json" -X POST "$BASE/api/score/vpt-8-maatregelen" -H "Authorization: Bearer $1" \
    -H 'Content-Type: application/json' -d @"$WORK/body.json"
}

echo "== first start: migrates the schema and writes the quick-scan body"
start_app "$WORK/first.log"
wait_for /health "$WORK/first.log"
TOKEN=$(login)
[ -n "$TOKEN" ] || { echo "FATAL: login failed" >&2; exit 1; }
# A complete answer set for the eight VPT measures, mixed so that several rules fire.
scripts/quick-scan-answers.py "$BASE" "$TOKEN" "$WORK/body.json"
score "$TOKEN" || { echo "FATAL: the quick scan failed" >&2; exit 1; }
grep -q '"findings"' "$WORK/scored.json" || { echo "FATAL: the quick scan answered no findings" >&2; exit 1; }
stop

APP_OPTS=() BARE_OPTS=()
if [ "${CDS}" = 1 ]; then
  echo "== class-data sharing archives (one training start each, stopped after its first answer)"
  start_bare "$WORK/bare-train.log" -XX:ArchiveClassesAtExit="$WORK/bare.jsa"
  wait_for /bare "$WORK/bare-train.log"; stop
  start_app "$WORK/app-train.log" -XX:ArchiveClassesAtExit="$WORK/app.jsa"
  wait_for /health "$WORK/app-train.log"; score "$(login)"; stop
  APP_OPTS=(-XX:SharedArchiveFile="$WORK/app.jsa") BARE_OPTS=(-XX:SharedArchiveFile="$WORK/bare.jsa")
fi

echo "== ${ROUNDS} rounds, interleaved (JVM ${JVM_OPTS[*]} ${APP_OPTS[*]:+with a class-data sharing archive each})"
: > "$WORK/rounds.txt"
for round in $(seq 1 "$ROUNDS"); do
  start=$(now_ms)
  start_bare "$WORK/bare-$round.log" "${BARE_OPTS[@]}"
  wait_for /bare "$WORK/bare-$round.log"
  bare=$(( $(now_ms) - start ))
  stop

  start=$(now_ms)
  start_app "$WORK/app-$round.log" "${APP_OPTS[@]}"
  wait_for /health "$WORK/app-$round.log"
  health=$(( $(now_ms) - start ))
  score "$(login)" || { echo "FATAL: the quick scan failed in round $round" >&2; exit 1; }
  scored=$(( $(now_ms) - start ))
  stop
  rules=$(grep -oE 'Loaded precompiled rules .* in [0-9]+ ms|Compiled [0-9]+ rule files .*' "$WORK/app-$round.log" \
    | head -1 || true)
  echo "$round $bare $health $scored ${rules:-rules: no log line}" | tee -a "$WORK/rounds.txt"
done

python3 - "$WORK/rounds.txt" <<'PY'
import sys, statistics
rows = [line.split(maxsplit=4) for line in open(sys.argv[1]) if line.strip()]
print()
print("| round | bare server | app: /health | × bare | app: first scored quick scan | × bare |")
print("|---|---|---|---|---|---|")
ratios, scored_ratios = [], []
for r, bare, health, scored, _ in rows:
    bare, health, scored = int(bare), int(health), int(scored)
    ratios.append(health / bare); scored_ratios.append(scored / bare)
    print(f"| {r} | {bare} ms | {health} ms | {health / bare:.2f} | {scored} ms | {scored / bare:.2f} |")
print()
print(f"start-up app/bare (first answered /health): median {statistics.median(ratios):.2f}× "
      f"(min {min(ratios):.2f}, max {max(ratios):.2f}, {len(ratios)} rounds)")
print(f"start-up app/bare (first scored quick scan, logged in): median {statistics.median(scored_ratios):.2f}× "
      f"(min {min(scored_ratios):.2f}, max {max(scored_ratios):.2f})")
print("rules: " + rows[-1][4])
PY
