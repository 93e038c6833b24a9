#!/usr/bin/env bash
# What would the current rules change? Builds an older revision in a temporary git worktree, seeds the demo data
# with it on a fresh H2 file database (VPTSCAN_DEMO=true), stops it, then runs the current build's release diff
# on that database (it migrates the schema first, as a start would) and writes the report to docs/:
# docs/release-diff-<rev>.md (summary) and docs/release-diff-<rev>.xlsx. Stored results are never changed.
# Usage: scripts/release-diff.sh <older git revision>     PORT can be set in the environment (default 8091).
set -euo pipefail
cd "$(dirname "$0")/.."
REV=${1:?usage: scripts/release-diff.sh <older git revision>}
PORT=${PORT:-8091}
SHORT=$(git rev-parse --short "${REV}")
WORK=$(mktemp -d)
OLD="${WORK}/old"
DB="${WORK}/db/vptscan"
URL="jdbc:h2:file:${DB};MODE=MariaDB;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=FALSE"
SERVICE=""
cleanup() {
  if [ -n "${SERVICE}" ]; then kill "${SERVICE}" 2>/dev/null || true; wait "${SERVICE}" 2>/dev/null || true; fi
  git worktree remove --force "${OLD}" 2>/dev/null || true
  rm -rf "${WORK}"
}
trap cleanup EXIT

echo "== build ${SHORT} in a temporary worktree"
git worktree add --detach "${OLD}" "${REV}" >/dev/null
(cd "${OLD}" && ./mvnw -q clean package -DskipTests)

echo "== seed the demo data with ${SHORT} on ${DB}"
# exec: the background job is the service itself, so killing it stops the service and frees the database file
(cd "${OLD}" && exec env DATASOURCES_DEFAULT_URL="${URL}" VPTSCAN_DEMO=true MICRONAUT_SERVER_PORT="${PORT}" \
  java -jar target/vpt-scan-0.1.0.jar > "${WORK}/old-service.log" 2>&1) &
SERVICE=$!
for _ in $(seq 1 180); do
  curl -sf "localhost:${PORT}/health" >/dev/null && break
  sleep 1
done
curl -sf "localhost:${PORT}/health" >/dev/null || { cat "${WORK}/old-service.log"; echo "the old build did not start"; exit 1; }
kill "${SERVICE}"; wait "${SERVICE}" 2>/dev/null || true; SERVICE=""

echo "== release diff with the current build"
./mvnw -q clean package -DskipTests
mkdir -p docs
DATASOURCES_DEFAULT_URL="${URL}" java -jar target/vpt-scan-0.1.0.jar release-diff \
  "docs/release-diff-${SHORT}.md" "docs/release-diff-${SHORT}.xlsx"
