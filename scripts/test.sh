#!/usr/bin/env bash
# The test command: on a fresh Debian machine it installs and starts what the tests need (Java 17, MariaDB,
# LibreOffice Calc and Writer, poppler's PDF tools, Chromium and its driver), creates the test database and user
# (scripts/setup-test-db.sh), then runs every test with ./mvnw verify. Run it again and it finds everything in
# place. Extra arguments go to Maven:
#   scripts/test.sh                                   # everything: unit tests, then integration tests
#   scripts/test.sh -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LoginIT
# VPTSCAN_TEST_DB_NAME, VPTSCAN_TEST_DB_USER and VPTSCAN_TEST_DB_PASSWORD choose the database (default vptscan_test,
# vptscan, vptscan). Needs root or sudo for the installs and the database set-up.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

DB_NAME=${VPTSCAN_TEST_DB_NAME:-vptscan_test}
DB_USER=${VPTSCAN_TEST_DB_USER:-vptscan}
DB_PASSWORD=${VPTSCAN_TEST_DB_PASSWORD:-vptscan}

apt_updated=0
install_package() { # package
  log "installing $1"
  if [ "$apt_updated" = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
}
ensure_package() { # command package
  command -v "$1" >/dev/null 2>&1 || install_package "$2"
}
ensure_installed() { # package (one that brings no command of its own, such as a LibreOffice component)
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed' || install_package "$1"
}

log "Java 17 and the tools the tests use"
ensure_package javac openjdk-17-jdk-headless
ensure_package curl curl
log "LibreOffice and poppler (the workbooks and reports opened, converted and printed by a second client)"
ensure_installed libreoffice-calc
ensure_installed libreoffice-writer
ensure_package pdftotext poppler-utils
log "Chromium (the browser tests of the web pages)"
ensure_package chromium chromium
ensure_package chromedriver chromium-driver

log "MariaDB"
ensure_package mariadbd mariadb-server
ensure_package mariadb mariadb-client
if mariadb-admin ping >/dev/null 2>&1; then
  echo "MariaDB is running"
else
  echo "starting MariaDB"
  as_root mkdir -p /run/mysqld
  as_root chown mysql:mysql /run/mysqld 2>/dev/null || true
  as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  for _ in $(seq 1 60); do
    mariadb-admin ping >/dev/null 2>&1 && break
    sleep 1
  done
fi
if ! mariadb-admin ping >/dev/null 2>&1; then
  echo "FATAL: MariaDB does not answer; the integration tests need it" >&2
  exit 1
fi
VPTSCAN_TEST_DB_NAME="${DB_NAME}" VPTSCAN_TEST_DB_USER="${DB_USER}" VPTSCAN_TEST_DB_PASSWORD="${DB_PASSWORD}" \
  scripts/setup-test-db.sh

export VPTSCAN_TEST_DB_URL="jdbc:mariadb://127.0.0.1:3306/${DB_NAME}"
export VPTSCAN_TEST_DB_USER="${DB_USER}"
export VPTSCAN_TEST_DB_PASSWORD="${DB_PASSWORD}"

# -Dit.test picks integration tests for every failsafe run (default, low-memory, database fault); a run whose own
# tests are not among those picked is left out
extra=()
for arg in "$@"; do
  case "$arg" in
    -Dit.test=*)
      case "$arg" in *FaultIT*) ;; *) extra+=(-DskipFaultIT=true) ;; esac
      case "$arg" in *LowMemoryIT*) ;; *) extra+=(-DskipLowMemoryIT=true) ;; esac
      ;;
  esac
done

log "tests: ./mvnw verify $* ${extra[*]}"
./mvnw verify "$@" "${extra[@]}"
