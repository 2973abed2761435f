#!/usr/bin/env bash
# Starts Payara with Beian deployed for a try-out: used by `./mvnw -Prun package` (see README.md).
# Arguments: PAYARA_HOME EAR_FILE DATA_DIR DEMO_DATA_DIR GREENMAIL_JAR
# Database: H2 in DATA_DIR unless BEIAN_DB_URL etc. are set (the postgresql profile sets them).
# Mail: a local GreenMail server (SMTP 2525, IMAP 2143 on 127.0.0.1) runs as long as Payara does, and the
# administrators' demo mailbox page reads it; with BEIAN_MAIL_HOST set, mail goes there instead and neither runs.
set -euo pipefail

payara_home=$(realpath "$1")
ear=$(realpath "$2")
mkdir -p "$3"
data_dir=$(realpath "$3")
demo_dir=$(realpath "$4")
greenmail_jar=$(realpath "$5")
run_dir=$(dirname "$payara_home")
asadmin="$payara_home/bin/asadmin"
domain_pid_file="$payara_home/glassfish/domains/domain1/config/pid"
greenmail_pid_file="$run_dir/greenmail.pid"
url="http://localhost:8080/"

mkdir -p "$data_dir"
export BEIAN_DB_DATASOURCE="${BEIAN_DB_DATASOURCE:-org.h2.jdbcx.JdbcDataSource}"
export BEIAN_DB_URL="${BEIAN_DB_URL:-jdbc:h2:file:$data_dir/beian}"
export BEIAN_DB_USER="${BEIAN_DB_USER:-beian}"
export BEIAN_DB_PASSWORD="${BEIAN_DB_PASSWORD:-beian}"
export BEIAN_DEMO_DATA_LOCATION="filesystem:$demo_dir"
export BEIAN_MAIL_FROM="${BEIAN_MAIL_FROM:-beian@localhost}"
demo_mail=false
if [ -z "${BEIAN_MAIL_HOST:-}" ]; then
    demo_mail=true
    export BEIAN_MAIL_HOST=127.0.0.1
    export BEIAN_MAIL_PORT="${BEIAN_MAIL_PORT:-2525}"
    export BEIAN_DEMO_MAILBOX_IMAP_HOST=127.0.0.1
    export BEIAN_DEMO_MAILBOX_IMAP_PORT="${BEIAN_DEMO_MAILBOX_IMAP_PORT:-2143}"
fi

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# The GreenMail this script started (or one an earlier, killed run left behind), and nothing else.
stop_greenmail() {
    [ -f "$greenmail_pid_file" ] || return 0
    local pid
    pid=$(cat "$greenmail_pid_file")
    if grep -qs greenmail-standalone "/proc/$pid/cmdline"; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 20); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$greenmail_pid_file"
}

start_greenmail() {
    for port in "$BEIAN_MAIL_PORT" "$BEIAN_DEMO_MAILBOX_IMAP_PORT"; do
        if port_in_use "$port"; then
            echo "Port $port (demo mail server) is in use by another program: stop it and run again," >&2
            echo "or set BEIAN_MAIL_HOST (and BEIAN_MAIL_PORT) to use your own SMTP server." >&2
            exit 1
        fi
    done
    # Without password checks: the demo mailbox page reads each recipient's inbox with the address as login.
    "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx256m \
        -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$BEIAN_MAIL_PORT" \
        -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$BEIAN_DEMO_MAILBOX_IMAP_PORT" \
        -Dgreenmail.auth.disabled -jar "$greenmail_jar" >"$run_dir/greenmail.log" 2>&1 &
    echo $! >"$greenmail_pid_file"
    for _ in $(seq 1 60); do
        if port_in_use "$BEIAN_MAIL_PORT" && port_in_use "$BEIAN_DEMO_MAILBOX_IMAP_PORT"; then
            return 0
        fi
        if ! kill -0 "$(cat "$greenmail_pid_file")" 2>/dev/null; then
            break
        fi
        sleep 0.5
    done
    echo "The demo mail server did not start; see $run_dir/greenmail.log" >&2
    exit 1
}

# A domain left running by an earlier run has the old environment: restart it.
"$asadmin" stop-domain >/dev/null 2>&1 || true
stop_greenmail
if port_in_use 8080; then
    echo "Port 8080 is in use by another program: stop it and run again." >&2
    exit 1
fi

stop() {
    trap - INT TERM
    echo
    echo "Stopping Payara ..."
    "$asadmin" stop-domain >/dev/null 2>&1 || true
    stop_greenmail
    echo "Stopped."
    exit 0
}

# However this script ends (Ctrl-C, Payara stopped, a failed start), the mail server goes with it.
trap stop_greenmail EXIT
if [ "$demo_mail" = true ]; then
    start_greenmail
fi
"$asadmin" start-domain
trap stop INT TERM
# In-doubt JMS work after a crash is finished at the next start (docs/operations.md).
"$asadmin" set configs.config.server-config.transaction-service.automatic-recovery=true >/dev/null
# A deployment left by an earlier run (perhaps on another database) is replaced, not reused.
"$asadmin" undeploy beian >/dev/null 2>&1 || true
"$asadmin" deploy --name beian "$ear"

if [ "$demo_mail" = true ]; then
    mail_line="Mail:   demo mail server on 127.0.0.1 (SMTP $BEIAN_MAIL_PORT, IMAP $BEIAN_DEMO_MAILBOX_IMAP_PORT); what it received: ${url}admin/demo-mailbox.xhtml (admin)"
else
    mail_line="Mail:   $BEIAN_MAIL_HOST:${BEIAN_MAIL_PORT:-25}"
fi
cat <<BANNER

  Beian is running at $url   (database: $BEIAN_DB_URL)

  Demo logins (password for all: Demo@2026)
    applicant      applicant (Chinese)
    applicant.en   applicant (English)
    reviewer       reviewer
    admin          administrator

  $mail_line
  Health: ${url}health/ready
  Stop: Ctrl-C here, or $asadmin stop-domain

BANNER

# Until Payara stops (Ctrl-C above, or asadmin stop-domain from elsewhere).
domain_pid=$(cat "$domain_pid_file")
while kill -0 "$domain_pid" 2>/dev/null; do
    sleep 1
done
echo "Payara stopped."
