#!/usr/bin/env bash
# Times the region benchmark over a region of 10,000 members on MariaDB: builds the jar, creates a separate
# database vptscan_bench (root over the local socket), starts the service with -Xmx512m, fills the database
# with scripts' generator (src/test/java/nl/vptscan/benchmark/BenchmarkDataGenerator.java), then times warm
# requests for the benchmark JSON and the workbook and reports the median and the heap.
# Not a test: run it by hand. MEMBERS, RUNS, PORT and DB can be set in the environment.
#   scripts/bench-benchmark.sh           # 10,000 members
#   SMOKE=1 scripts/bench-benchmark.sh   # (or --smoke) 50 members, one timed request each, reuses a built jar
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${1:-}" = --smoke ] && SMOKE=1
SMOKE=${SMOKE:-0}
if [ "${SMOKE}" = 1 ]; then MEMBERS=${MEMBERS:-50}; RUNS=${RUNS:-1}; fi
MEMBERS=${MEMBERS:-10000}
RUNS=${RUNS:-7}
PORT=${PORT:-8089}
DB=${DB:-vptscan_bench}
ADMIN=bench-admin
ADMIN_PASSWORD=meetronde-wachtzin-0123
DB_USER=vptscan_bench
DB_PASSWORD=vptscan_bench
URL="jdbc:mariadb://127.0.0.1:3306/${DB}"
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

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
if [ "${SMOKE}" = 1 ] && [ -f target/vpt-scan-0.1.0.jar ] && [ -f target/test-classes/nl/vptscan/benchmark/BenchmarkDataGenerator.class ]; then
  echo "smoke: reusing target/vpt-scan-0.1.0.jar"
else
  ./mvnw -q clean package -DskipTests
  ./mvnw -q test-compile
fi
[ -f target/bench-classpath.txt ] && [ target/bench-classpath.txt -nt pom.xml ] || \
  ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt

echo "== start the service (-Xmx512m) on port ${PORT}"
DATASOURCES_DEFAULT_URL="${URL}" DATASOURCES_DEFAULT_USERNAME="${DB_USER}" DATASOURCES_DEFAULT_PASSWORD="${DB_PASSWORD}" \
MICRONAUT_SERVER_PORT="${PORT}" VPTSCAN_ADMIN_USERNAME="${ADMIN}" VPTSCAN_ADMIN_PASSWORD="${ADMIN_PASSWORD}" \
  java -Xmx512m -Xlog:gc:file=target/bench-gc.log -jar target/vpt-scan-0.1.0.jar > target/bench-service.log 2>&1 &
SERVICE=$!
trap 'kill "${SERVICE}" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "localhost:${PORT}/health" >/dev/null && break
  sleep 1
done
curl -sf "localhost:${PORT}/health" >/dev/null || { echo "service did not start; see target/bench-service.log"; exit 1; }

# every benchmark request is made as the administrator
TOKEN=$(curl -sf -X POST "localhost:${PORT}/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"${ADMIN}\",\"password\":\"${ADMIN_PASSWORD}\"}" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
[ -n "${TOKEN}" ] || { echo "login as ${ADMIN} failed; see target/bench-service.log"; exit 1; }
AUTH="Authorization: Bearer ${TOKEN}"

echo "== generate ${MEMBERS} members"
START=$(date +%s.%N)
REGION=$(java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  nl.vptscan.benchmark.BenchmarkDataGenerator "${URL}" "${DB_USER}" "${DB_PASSWORD}" "${MEMBERS}" | tail -1)
echo "region ${REGION} filled in $(echo "$(date +%s.%N) - ${START}" | bc) s"
as_root mariadb -e "ANALYZE TABLE organisation, assessment, assessment_result, topic_score" "${DB}" >/dev/null

# time <name> <url>: three warm-up requests, then RUNS timed ones; prints every time and the median.
time_requests() {
  local name=$1 url=$2 times=()
  for _ in 1 2 3; do curl -sf -m 60 -H "${AUTH}" -o /dev/null "${url}"; done
  for _ in $(seq 1 "${RUNS}"); do
    times+=("$(curl -sf -m 60 -H "${AUTH}" -o "target/bench-${name}.out" -w '%{time_total}' "${url}")")
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "${name}: median ${median} s over ${RUNS} runs (${times[*]}), $(stat -c %s "target/bench-${name}.out") bytes"
}

echo "== timings (warm)"
time_requests benchmark-json "localhost:${PORT}/api/regions/${REGION}/benchmark?questionnaire=ai-agressie-11"
time_requests benchmark-xlsx "localhost:${PORT}/api/regions/${REGION}/benchmark.xlsx?questionnaire=ai-agressie-11&lang=nl"
MEMBER=$(mariadb -N -u"${DB_USER}" -p"${DB_PASSWORD}" -h127.0.0.1 -e "SELECT MIN(id) FROM organisation" "${DB}")
time_requests member-json "localhost:${PORT}/api/organisations/${MEMBER}/benchmark?questionnaire=ai-agressie-11"

echo "== heap (limit -Xmx512m)"
jcmd "${SERVICE}" GC.heap_info | sed -n '2,3p'
PEAK=$(grep -oE '[0-9]+M->' target/bench-gc.log | sed 's/M->//' | sort -n | tail -1)
echo "largest heap in use before a collection: ${PEAK:-?} MB (from target/bench-gc.log)"
