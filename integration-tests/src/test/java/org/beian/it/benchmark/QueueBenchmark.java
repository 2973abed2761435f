package org.beian.it.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.beian.infrastructure.persistence.flyway.BeianSchema;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The reviewers' queues over a million orders on PostgreSQL: a benchmark that prints figures, not a
 * test. It creates the database {@code beian_bench}, migrates it with the product's Flyway migrations
 * (its indexes included), seeds 1,000,000 orders in a provider's proportions, and times each queue
 * query — the SQL EclipseLink generates from {@code QueueQuery} for a page of 20 (+1) rows — as the
 * server reports it ({@code EXPLAIN ANALYZE}: planning plus execution), median and p95 over repeated
 * runs, beside the same page by OFFSET and the bounded count beside a full {@code COUNT(*)}.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark -pl integration-tests -am verify -DskipTests} (docs/performance.md).
 */
public final class QueueBenchmark {

    private static final int ORDERS = Integer.getInteger("beian.bench.orders", 1_000_000);
    private static final int RUNS = Integer.getInteger("beian.bench.runs", 15);
    private static final int PAGE = 20;
    private static final String COLUMNS = "SELECT o.order_number, o.order_type, o.state, o.province_code, o.subject_name, o.submitted_at, "
            + "o.review_due_at, o.claimed_by, o.claim_expires_at, o.id FROM filing_order o";
    private static final String ALL_SUBMITTED = "('SUBMITTED','INITIAL_REJECTED','AWAITING_PHOTO','PHOTO_SUBMITTED','PHOTO_REJECTED',"
            + "'AWAITING_BUREAU','AT_BUREAU','APPROVED','BUREAU_REJECTED','WITHDRAWN','ABANDONED','EXPIRED')";

    private QueueBenchmark() {}

    public static void main(String[] args) throws Exception {
        String host = System.getProperty("beian.bench.host", "127.0.0.1");
        String user = System.getProperty("beian.bench.user", "postgres");
        String password = System.getProperty("beian.bench.password", "postgres");
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host + ":5432/postgres", user, password);
             Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS beian_bench WITH (FORCE)");
            s.execute("CREATE DATABASE beian_bench ENCODING 'UTF8' TEMPLATE template0");
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl("jdbc:postgresql://" + host + ":5432/beian_bench");
        dataSource.setUser(user);
        dataSource.setPassword(password);
        BeianSchema.configure(dataSource).load().migrate();
        try (Connection db = dataSource.getConnection()) {
            long seeding = System.nanoTime();
            seed(db);
            System.out.printf("Seeded %,d orders in %.0f s%n", ORDERS, (System.nanoTime() - seeding) / 1e9);
            measure(db);
        }
    }

    /** Orders in a provider's proportions: most approved, a working backlog in each queue, the rest finished or waiting. */
    private static void seed(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO account (id, version, username, password_hash, display_name, language_tag, enabled, created_at) "
                    + "SELECT g, 1, 'bench-' || g, 'x', '压测用户', 'zh-CN', TRUE, now() FROM generate_series(1, " + (ORDERS / 5) + ") g");
            s.execute("INSERT INTO filing_order (id, version, order_number, account_id, order_type, state, province_code, subject_name, "
                    + "subject_certificate_number, snapshot, assisted_correction_agreed, created_at, updated_at, submitted_at, review_due_at) "
                    + "SELECT g, 1, '25' || lpad(g::text, 11, '0'), 1 + g % " + (ORDERS / 5) + ", "
                    + "(ARRAY['FIRST_FILING','FIRST_FILING','FIRST_FILING','ADD_WEBSITE_SUBJECT_HERE','ACCESS','CHANGE','CANCEL_ACCESS','CANCEL_WEBSITE'])[1 + g % 8], "
                    + "CASE WHEN g % 100 < 8 THEN 'DRAFT' WHEN g % 100 < 19 THEN 'SUBMITTED' WHEN g % 100 < 22 THEN 'PHOTO_SUBMITTED' "
                    + "WHEN g % 100 < 24 THEN 'AWAITING_BUREAU' WHEN g % 100 < 28 THEN 'AT_BUREAU' WHEN g % 100 < 30 THEN 'INITIAL_REJECTED' "
                    + "WHEN g % 100 < 32 THEN 'AWAITING_PHOTO' WHEN g % 100 < 36 THEN 'WITHDRAWN' WHEN g % 100 < 40 THEN 'ABANDONED' ELSE 'APPROVED' END, "
                    + "(ARRAY['110000','120000','130000','140000','150000','210000','220000','230000','310000','320000','330000','340000',"
                    + "'350000','360000','370000','410000','420000','430000','440000','450000','460000','500000','510000','520000','530000',"
                    + "'540000','610000','620000','630000','640000','650000'])[1 + (g * 7) % 31], "
                    + "(ARRAY['北京市','上海市','深圳市','杭州市','广州市','成都市','武汉市','南京市','西安市','苏州市'])[1 + g % 10] || '星' || g || '科技有限公司', "
                    + "'91' || lpad(g::text, 16, '0'), '{}', TRUE, now() - (g % 730) * interval '1 day', now(), "
                    + "CASE WHEN g % 100 < 8 THEN NULL ELSE now() - (g % 730) * interval '1 day' + (g % 86400) * interval '1 second' END, "
                    + "CASE WHEN g % 100 < 8 THEN NULL ELSE now() - (g % 730) * interval '1 day' + interval '1 day' END "
                    + "FROM generate_series(1, " + ORDERS + ") g");
            // A subject nature per order (the V19 column) and remarks over the last 60 days with their reason template.
            s.execute("UPDATE filing_order SET subject_nature = (ARRAY['ENTERPRISE','ENTERPRISE','ENTERPRISE','INDIVIDUAL','INDIVIDUAL',"
                    + "'PUBLIC_INSTITUTION','GOVERNMENT'])[1 + id % 7]");
            s.execute("INSERT INTO review_remark (id, version, order_id, field_path, reason, suggestion, reviewer, created_at, reason_code) "
                    + "SELECT g, 1, 1 + (g * 13) % " + ORDERS + ", 'subject.mailingAddress', '地址未精确到门牌号。', NULL, 'bench-reviewer', "
                    + "now() - (g % 60) * interval '1 day', CASE WHEN g % 5 = 0 THEN NULL ELSE "
                    + "(ARRAY['MISMATCH','UNCLEAR','ADDRESS','WEBSITE_NAME','FORM','CONTACT'])[1 + g % 6] END "
                    + "FROM generate_series(1, " + (ORDERS / 10) + ") g");
            s.execute("INSERT INTO filing_order_domain (order_id, domain) SELECT g, 'bench' || g || '.cn' FROM generate_series(1, " + ORDERS + ") g");
            s.execute("ANALYZE");
        }
    }

    private static void measure(Connection db) throws SQLException {
        System.out.printf("%-52s %12s %12s%n", "query (page of 20; server time, ms)", "median", "p95");
        for (String state : List.of("SUBMITTED", "PHOTO_SUBMITTED", "AWAITING_BUREAU", "AT_BUREAU")) {
            String where = " WHERE o.state IN ('" + state + "') AND o.submitted_at IS NOT NULL";
            pages(db, "queue " + state, where);
        }
        overdue(db);
        pages(db, "queue SUBMITTED, Guangdong", " WHERE o.state IN ('SUBMITTED') AND o.submitted_at IS NOT NULL AND o.province_code = '440000'");
        String search = " WHERE o.state IN " + ALL_SUBMITTED + " AND o.submitted_at IS NOT NULL";
        long probe = ORDERS / 2 + 13;
        report("search order number", query(db, COLUMNS + search + " AND o.order_number = '25" + String.format("%011d", probe)
                + "' ORDER BY o.submitted_at, o.id LIMIT 21 OFFSET 0"));
        report("search domain", query(db, COLUMNS + search + " AND EXISTS (SELECT 1 FROM filing_order_domain d WHERE d.order_id = o.id "
                + "AND d.domain = 'bench" + probe + ".cn') ORDER BY o.submitted_at, o.id LIMIT 21 OFFSET 0"));
        report("search subject name prefix", query(db, COLUMNS + search + " AND o.subject_name LIKE '杭州市星" + (probe / 100 * 100 + 3)
                + "%' ESCAPE '\\' ORDER BY o.submitted_at, o.id LIMIT 21 OFFSET 0"));
        report("search certificate number", query(db, COLUMNS + search + " AND o.subject_certificate_number IN ('91"
                + String.format("%016d", probe) + "') ORDER BY o.submitted_at, o.id LIMIT 21 OFFSET 0"));
        String submitted = " WHERE o.state IN ('SUBMITTED') AND o.submitted_at IS NOT NULL";
        report("bounded count (≤ 10,001) SUBMITTED", query(db, "SELECT o.id FROM filing_order o" + submitted + " LIMIT 10001 OFFSET 0"));
        report("  full COUNT(*) SUBMITTED, for comparison", query(db, "SELECT COUNT(o.id) FROM filing_order o" + submitted));
        dashboard(db);
    }

    /**
     * The reviewers' dashboard, as JpaOrderStatistics asks it on every poll: submissions of one day (14 such
     * counts per poll), orders under way and overdue reviews per province, the top reasons of 30 days.
     */
    private static void dashboard(Connection db) throws SQLException {
        report("dashboard: submissions of one day", query(db, "SELECT COUNT(*) FROM filing_order o WHERE o.submitted_at >= "
                + "date_trunc('day', now()) - interval '3 days' AND o.submitted_at < date_trunc('day', now()) - interval '2 days'"));
        report("dashboard: under way per province", query(db, "SELECT o.province_code, COUNT(*) FROM filing_order o WHERE o.state IN "
                + "('SUBMITTED','PHOTO_SUBMITTED','AWAITING_BUREAU','AT_BUREAU') GROUP BY o.province_code ORDER BY o.province_code"));
        report("dashboard: overdue reviews per province", query(db, "SELECT o.province_code, COUNT(*) FROM filing_order o WHERE o.state IN "
                + "('SUBMITTED','PHOTO_SUBMITTED') AND o.review_due_at < now() GROUP BY o.province_code ORDER BY o.province_code"));
        report("dashboard: top 10 reasons of 30 days", query(db, "SELECT r.reason_code, COUNT(*) FROM review_remark r WHERE r.created_at >= "
                + "now() - interval '30 days' GROUP BY r.reason_code ORDER BY COUNT(*) DESC, r.reason_code LIMIT 10"));
        report("queue SUBMITTED, nature GOVERNMENT: page 1", query(db, COLUMNS + " WHERE o.state IN ('SUBMITTED') AND "
                + "o.submitted_at IS NOT NULL AND o.subject_nature = 'GOVERNMENT' ORDER BY o.submitted_at, o.id LIMIT 21 OFFSET 0"));
    }

    /** Page 1 and page 5,000 (or the last page) of a queue: by keyset, and by OFFSET for comparison. */
    private static void pages(Connection db, String name, String where) throws SQLException {
        long rows = count(db, "SELECT COUNT(*) FROM filing_order o" + where);
        long page = Math.max(1, Math.min(5_000, (rows + PAGE - 1) / PAGE));
        report(name + " (" + String.format("%,d", rows) + " orders): page 1", query(db, COLUMNS + where + " ORDER BY o.submitted_at, o.id LIMIT 21 OFFSET 0"));
        long offset = (page - 1) * PAGE;
        if (offset == 0) {
            return;
        }
        // The key the page before ended on, as the console holds it after paging there.
        Timestamp at;
        long id;
        try (PreparedStatement key = db.prepareStatement("SELECT o.submitted_at, o.id FROM filing_order o" + where
                + " ORDER BY o.submitted_at, o.id OFFSET " + (offset - 1) + " LIMIT 1"); ResultSet rs = key.executeQuery()) {
            rs.next();
            at = rs.getTimestamp(1);
            id = rs.getLong(2);
        }
        String t = "'" + at.toInstant() + "'::timestamptz";
        report(name + ": page " + page + " by keyset", query(db, COLUMNS + where + " AND o.submitted_at >= " + t
                + " AND (o.submitted_at > " + t + " OR o.id > " + id + ") ORDER BY o.submitted_at, o.id LIMIT 21 OFFSET 0"));
        report("  page " + page + " by OFFSET, for comparison", query(db, COLUMNS + where + " ORDER BY o.submitted_at, o.id LIMIT 21 OFFSET " + offset));
    }

    /**
     * OVERDUE spans two states: the repository reads each state's index range and merges (QueueQuery.perState);
     * the figure is the two queries' sum, beside the one query over both states it replaced.
     */
    private static void overdue(Connection db) throws SQLException {
        String tail = " AND o.submitted_at IS NOT NULL AND o.review_due_at < now() ORDER BY o.submitted_at, o.id LIMIT 21 OFFSET 0";
        List<Double> submitted = query(db, COLUMNS + " WHERE o.state IN ('SUBMITTED')" + tail);
        List<Double> photo = query(db, COLUMNS + " WHERE o.state IN ('PHOTO_SUBMITTED')" + tail);
        List<Double> sum = new ArrayList<>();
        for (int i = 0; i < submitted.size(); i++) {
            sum.add(submitted.get(i) + photo.get(i));
        }
        long rows = count(db, "SELECT COUNT(*) FROM filing_order o WHERE o.state IN ('SUBMITTED','PHOTO_SUBMITTED') AND o.review_due_at < now()");
        report("queue OVERDUE (" + String.format("%,d", rows) + " orders): page 1, per state", sum);
        report("  one query over both states, for comparison", query(db, COLUMNS + " WHERE o.state IN ('SUBMITTED','PHOTO_SUBMITTED')" + tail));
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The server's planning plus execution time of the query, once per run after one warm-up. */
    private static List<Double> query(Connection db, String sql) throws SQLException {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i <= RUNS; i++) {
            double total = 0;
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, SUMMARY) " + sql)) {
                while (rs.next()) {
                    String line = rs.getString(1);
                    if (line.startsWith("Planning Time:") || line.startsWith("Execution Time:")) {
                        total += Double.parseDouble(line.replaceAll("[^0-9.]", ""));
                    }
                }
            }
            if (i > 0) {
                times.add(total);
            }
        }
        return times;
    }

    private static void report(String name, List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
        System.out.printf("%-52s %12.2f %12.2f%n", name, median, p95);
    }
}
