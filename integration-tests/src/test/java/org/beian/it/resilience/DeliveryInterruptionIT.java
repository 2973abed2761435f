package org.beian.it.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.beian.it.Deployments;
import org.beian.it.mail.MailServerSession;
import org.beian.it.sms.SmsProviderSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications survive the server being killed mid-stream: 300 events are committed to the outbox,
 * Payara is killed while they are being relayed and delivered, and started again. Afterwards every
 * event has exactly one inbox message, one SMS (counted at the SMS provider stand-in, as the phone
 * gets them) and one e-mail (counted at the mail server by Message-ID, as a mail client shows them); a draft
 * saved before the kill is there afterwards. PostgreSQL only: the database must outlive the server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeliveryInterruptionIT {

    private static final int EVENTS = 300;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void killingTheServerMidStreamLosesNothingAndDoublesNothing() throws Exception {
        String url = System.getProperty("beian.it.db.url", "");
        assumeTrue(url.startsWith("jdbc:postgresql:"), "needs a database that outlives the server (PostgreSQL)");
        // As docs/operations.md tells operators: in-doubt JMS work is finished (or rolled back) at the next start.
        asadmin("set", "configs.config.server-config.transaction-service.automatic-recovery=true");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "crash-" + suffix + "@example.com";
        String mobile = "137" + String.format("%08d", (int) (Math.random() * 100_000_000));
        long accountId;
        try (Connection db = connect(url)) {
            accountId = createAccount(db, "crash-" + suffix, email, mobile);
            fillOutbox(db, accountId, suffix);
        }

        // A draft saved before the kill is there after the restart, every value as saved.
        String applicant = http("POST", "beian-tests/accounts?language=zh-CN", null, null).body().trim();
        String draftName = "重启测试" + suffix + "科技有限公司";
        HttpResponse<String> draft = http("POST", "api/orders", applicant, "{\"type\":\"FIRST_FILING\",\"snapshot\":{\"websites\":[],"
                + "\"subject\":{\"provinceCode\":\"440000\",\"name\":\"" + draftName + "\"}},\"clientKey\":\"restart-" + suffix + "\"}");
        assertEquals(201, draft.statusCode(), draft.body());
        String draftNumber = jakarta.json.Json.createReader(new java.io.StringReader(draft.body())).readObject().getString("orderNumber");

        // Kill as soon as delivery has started, while most of it is still to do.
        await(() -> count(url, "SELECT COUNT(*) FROM inbox_message WHERE account_id = " + accountId) > 0, Duration.ofSeconds(60));
        asadmin("stop-domain", "--kill=true");
        long inboxAtKill = count(url, "SELECT COUNT(*) FROM inbox_message WHERE account_id = " + accountId);
        long sentAtKill = count(url, "SELECT COUNT(*) FROM notification WHERE account_id = " + accountId + " AND status = 'SENT'");
        System.out.printf("Killed Payara with %d of %d inbox messages and %d of %d e-mails/SMS delivered%n",
                inboxAtKill, EVENTS, sentAtKill, 2 * EVENTS);
        assertTrue(sentAtKill < 2L * EVENTS, "the kill interrupted delivery");
        asadmin("start-domain");
        await(this::ready, Duration.ofSeconds(180));
        HttpResponse<String> kept = http("GET", "api/orders/" + draftNumber, applicant, null);
        assertEquals(200, kept.statusCode(), kept.body());
        assertEquals(draftName, jakarta.json.Json.createReader(new java.io.StringReader(kept.body())).readObject()
                .getJsonObject("snapshot").getJsonObject("subject").getString("name"), "the draft survived the restart");

        await(() -> count(url, "SELECT COUNT(*) FROM notification WHERE account_id = " + accountId + " AND status = 'SENT'") == 2L * EVENTS,
                Duration.ofSeconds(360), () -> progress(url, accountId, suffix));
        assertEquals(0, count(url, "SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL AND payload LIKE '%crash-" + suffix + "%'"));
        assertEquals(EVENTS, count(url, "SELECT COUNT(*) FROM inbox_message WHERE account_id = " + accountId), "inbox: none lost, none doubled");
        List<SmsProviderSession.Delivered> texts = SmsProviderSession.delivered(mobile);
        int[] requests = SmsProviderSession.counts(mobile);
        System.out.printf("SMS provider: %d requests, %d repeats dropped by Idempotency-Key, %d messages to the phone%n",
                requests[0], requests[2], texts.size());
        assertEquals(EVENTS, texts.stream().map(SmsProviderSession.Delivered::reference).distinct().count(), "SMS: none lost");
        assertEquals(EVENTS, texts.size(), "SMS: none doubled at the phone");
        Set<String> messageIds = new HashSet<>();
        for (MimeMessage message : MailServerSession.server().getReceivedMessagesForDomain(email)) {
            messageIds.add(message.getMessageID());
        }
        assertEquals(EVENTS, messageIds.size(), "e-mail: one per event");
    }

    private static long createAccount(Connection db, String username, String email, String mobile) throws SQLException {
        long id = nextval(db, "account_seq");
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO account (id, version, username, password_hash, display_name, "
                + "email, mobile, language_tag, enabled, created_at) VALUES (?, 1, ?, 'x', '韧性测试', ?, ?, 'zh-CN', TRUE, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, username);
            insert.setString(3, email);
            insert.setString(4, mobile);
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        try (PreparedStatement role = db.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, 'APPLICANT')")) {
            role.setLong(1, id);
            role.executeUpdate();
        }
        return id;
    }

    /** The events as the application writes them: JSON rows of the outbox, committed together. */
    private static void fillOutbox(Connection db, long accountId, String suffix) throws SQLException {
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO outbox_event (id, version, event_id, event_type, payload, created_at) "
                + "VALUES (?, 1, ?, 'OrderSubmitted', ?, ?)")) {
            for (int i = 0; i < EVENTS; i++) {
                String eventId = UUID.randomUUID().toString();
                Instant now = Instant.now();
                String payload = "{\"id\":\"" + eventId + "\",\"type\":\"OrderSubmitted\",\"occurredAt\":\"" + now
                        + "\",\"attributes\":{\"orderNumber\":\"crash-" + suffix + "-" + i + "\",\"accountId\":\"" + accountId
                        + "\",\"reviewDueAt\":\"" + now.plusSeconds(86_400) + "\"},\"actor\":\"it\",\"target\":\"order:crash-" + i + "\"}";
                insert.setLong(1, nextval(db, "outbox_event_seq"));
                insert.setString(2, eventId);
                insert.setString(3, payload);
                insert.setTimestamp(4, Timestamp.from(now));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        db.commit();
    }

    private static long nextval(Connection db, String sequence) throws SQLException {
        try (PreparedStatement next = db.prepareStatement("SELECT nextval('" + sequence + "')"); ResultSet rs = next.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long count(String url, String sql) {
        try (Connection db = connect(url); PreparedStatement query = db.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, System.getProperty("beian.it.db.user"), System.getProperty("beian.it.db.password"));
    }

    /** A request to the desk, as the test account (password S3cret-pass) when {@code user} is given. */
    private static HttpResponse<String> http(String method, String path, String user, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.baseUri() + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, java.nio.charset.StandardCharsets.UTF_8));
        if (user != null) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (user + ":S3cret-pass").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        if (json != null) {
            request.header("Content-Type", "application/json; charset=UTF-8");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private boolean ready() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(Deployments.baseUri() + "health/ready")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void asadmin(String... arguments) throws IOException, InterruptedException {
        Path asadmin = Path.of(System.getProperty("payara.home"), "bin", "asadmin");
        String[] command = new String[arguments.length + 1];
        command[0] = asadmin.toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("asadmin " + Arrays.toString(arguments) + " did not finish");
        }
    }

    /** Where delivery stands, for the message of a wait that ran out. */
    private static String progress(String url, long accountId, String suffix) {
        return "outbox unpublished " + count(url, "SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL AND payload LIKE '%crash-" + suffix + "%'")
                + ", inbox " + count(url, "SELECT COUNT(*) FROM inbox_message WHERE account_id = " + accountId)
                + ", notifications pending " + count(url, "SELECT COUNT(*) FROM notification WHERE account_id = " + accountId + " AND status = 'PENDING'")
                + ", sent " + count(url, "SELECT COUNT(*) FROM notification WHERE account_id = " + accountId + " AND status = 'SENT'")
                + ", dead " + count(url, "SELECT COUNT(*) FROM notification WHERE account_id = " + accountId + " AND status = 'DEAD'");
    }

    private static void await(java.util.function.BooleanSupplier condition, Duration patience) throws InterruptedException {
        await(condition, patience, () -> "");
    }

    private static void await(java.util.function.BooleanSupplier condition, Duration patience, java.util.function.Supplier<String> state)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited " + patience.toSeconds() + " s in vain. " + state.get());
            }
            Thread.sleep(500);
        }
    }
}
