#!/usr/bin/env bash
# Creates (afresh) the MariaDB database and user the integration tests use. Needs a running MariaDB and
# root access to it over the local socket (sudo is used when not run as root).
set -euo pipefail
DB_NAME=${VPTSCAN_TEST_DB_NAME:-vptscan_test}
DB_USER=${VPTSCAN_TEST_DB_USER:-vptscan}
DB_PASSWORD=${VPTSCAN_TEST_DB_PASSWORD:-vptscan}
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
as_root mariadb <<SQL
DROP DATABASE IF EXISTS \`${DB_NAME}\`;
CREATE DATABASE \`${DB_NAME}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${DB_USER}'@'localhost' IDENTIFIED BY '${DB_PASSWORD}';
CREATE USER IF NOT EXISTS '${DB_USER}'@'127.0.0.1' IDENTIFIED BY '${DB_PASSWORD}';
GRANT ALL PRIVILEGES ON \`${DB_NAME}\`.* TO '${DB_USER}'@'localhost';
GRANT ALL PRIVILEGES ON \`${DB_NAME}\`.* TO '${DB_USER}'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`${DB_NAME}_%\`.* TO '${DB_USER}'@'localhost';
GRANT ALL PRIVILEGES ON \`${DB_NAME}_%\`.* TO '${DB_USER}'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL
mariadb -h127.0.0.1 -u"${DB_USER}" -p"${DB_PASSWORD}" -e "SELECT 1" "${DB_NAME}" >/dev/null
echo "MariaDB database ${DB_NAME} and user ${DB_USER} are ready"
