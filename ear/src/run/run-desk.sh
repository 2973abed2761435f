#!/usr/bin/env bash
# Starts Payara with Beian deployed for a try-out: used by `./mvnw -Prun package` (see README.md).
# Arguments: PAYARA_HOME EAR_FILE DATA_DIR DEMO_DATA_DIR
# Database: H2 in DATA_DIR unless BEIAN_DB_URL etc. are set (the postgresql profile sets them).
set -euo pipefail

payara_home=$(realpath "$1")
ear=$(realpath "$2")
mkdir -p "$3"
data_dir=$(realpath "$3")
demo_dir=$(realpath "$4")
asadmin="$payara_home/bin/asadmin"
url="http://localhost:8080/"

mkdir -p "$data_dir"
export BEIAN_DB_DATASOURCE="${BEIAN_DB_DATASOURCE:-org.h2.jdbcx.JdbcDataSource}"
export BEIAN_DB_URL="${BEIAN_DB_URL:-jdbc:h2:file:$data_dir/beian}"
export BEIAN_DB_USER="${BEIAN_DB_USER:-beian}"
export BEIAN_DB_PASSWORD="${BEIAN_DB_PASSWORD:-beian}"
export BEIAN_DEMO_DATA_LOCATION="filesystem:$demo_dir"
export BEIAN_MAIL_HOST="${BEIAN_MAIL_HOST:-localhost}"
export BEIAN_MAIL_PORT="${BEIAN_MAIL_PORT:-2525}"
export BEIAN_MAIL_FROM="${BEIAN_MAIL_FROM:-beian@localhost}"

# A domain left running by an earlier run has the old environment: restart it.
"$asadmin" stop-domain >/dev/null 2>&1 || true
if (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null; then
    echo "Port 8080 is in use by another program: stop it and run again." >&2
    exit 1
fi

stop() {
    trap - INT TERM
    echo
    echo "Stopping Payara ..."
    "$asadmin" stop-domain >/dev/null 2>&1 || true
    echo "Stopped."
    exit 0
}

"$asadmin" start-domain
trap stop INT TERM
# In-doubt JMS work after a crash is finished at the next start (docs/operations.md).
"$asadmin" set configs.config.server-config.transaction-service.automatic-recovery=true >/dev/null
# A deployment left by an earlier run (perhaps on another database) is replaced, not reused.
"$asadmin" undeploy beian >/dev/null 2>&1 || true
"$asadmin" deploy --name beian "$ear"

cat <<BANNER

  Beian is running at $url   (database: $BEIAN_DB_URL)

  Demo logins (password for all: Demo@2026)
    applicant      applicant (Chinese)
    applicant.en   applicant (English)
    reviewer       reviewer
    admin          administrator

  Health: ${url}health/ready
  Stop: Ctrl-C here, or $asadmin stop-domain

BANNER

while true; do
    sleep 1
done
