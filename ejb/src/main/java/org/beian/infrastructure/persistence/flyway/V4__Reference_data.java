package org.beian.infrastructure.persistence.flyway;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.beian.domain.model.reference.ProvinceRule;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the reference data shipped as CSV under {@code db/reference} (see NOTICE.md there): regions,
 * provinces, subject natures, certificate types, fileable suffixes, the working-day calendar, province
 * rules and the provider's details. Rows go in JDBC batches; the same code runs on H2 and PostgreSQL.
 */
// Flyway's naming convention (V<version>__<description>) gives this migration its version and description.
public class V4__Reference_data extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        load(connection, "divisions.csv", "INSERT INTO region (code, name, region_level, parent_code) VALUES (?, ?, ?, ?)",
                (row, s) -> {
                    s.setString(1, row[0]);
                    s.setString(2, row[1]);
                    s.setString(3, row[2]);
                    s.setString(4, row[3].isEmpty() ? null : row[3]);
                });
        load(connection, "provinces.csv", "INSERT INTO province (code, name, short_name, abbreviation) VALUES (?, ?, ?, ?)",
                (row, s) -> setStrings(s, 1, row));
        load(connection, "subject_natures.csv", "INSERT INTO subject_nature (code, name_zh, name_en, individual) VALUES (?, ?, ?, ?)",
                (row, s) -> {
                    setStrings(s, 1, row[0], row[1], row[2]);
                    s.setBoolean(4, Boolean.parseBoolean(row[3]));
                });
        load(connection, "certificate_types.csv", "INSERT INTO certificate_type (code, name_zh, name_en, for_person) VALUES (?, ?, ?, ?)",
                (row, s) -> {
                    setStrings(s, 1, row[0], row[1], row[2]);
                    s.setBoolean(4, Boolean.parseBoolean(row[3]));
                });
        load(connection, "nature_certificate_types.csv",
                "INSERT INTO nature_certificate_type (nature_code, certificate_type_code) VALUES (?, ?)",
                (row, s) -> setStrings(s, 1, row));
        load(connection, "fileable_tlds.csv",
                "INSERT INTO fileable_tld (tld, ascii, fileable, is_country_code, is_second_level, note) VALUES (?, ?, ?, ?, ?, ?)",
                (row, s) -> {
                    setStrings(s, 1, row[0], row[1]);
                    s.setBoolean(3, Boolean.parseBoolean(row[2]));
                    s.setBoolean(4, Boolean.parseBoolean(row[3]));
                    s.setBoolean(5, Boolean.parseBoolean(row[4]));
                    s.setString(6, row.length > 5 ? row[5] : null);
                });
        load(connection, "holidays.csv", "INSERT INTO calendar_exception (calendar_day, kind, name, source) VALUES (?, ?, ?, ?)",
                (row, s) -> {
                    s.setDate(1, Date.valueOf(row[0]));
                    setStrings(s, 2, row[1], row[2], row[3]);
                });
        loadProvinceRules(connection);
        load(connection, "provider_details.csv", "INSERT INTO provider_detail (detail_key, detail_value) VALUES (?, ?)",
                (row, s) -> setStrings(s, 1, row));
    }

    /** The shipped province rules, ids 1… (ids below 900 are reserved for rows that scripts insert). */
    static void loadProvinceRules(Connection connection) throws IOException, SQLException {
        long[] ruleId = {1};
        load(connection, "province_rules.csv",
                "INSERT INTO province_rule (id, version, province_code, rule_key, rule_value, effective_from, source) VALUES (?, 1, ?, ?, ?, ?, ?)",
                (row, s) -> {
                    s.setLong(1, ruleId[0]++);
                    setStrings(s, 2, row[0], row[1], row[2]);
                    s.setDate(5, Date.valueOf(row[3]));
                    // Columns source_url, read_on, note (see NOTICE.md) make the one source column.
                    s.setString(6, ProvinceRule.sourceText(row[4], row[5], row[6]));
                });
    }

    @FunctionalInterface
    private interface RowBinder {
        void bind(String[] row, PreparedStatement statement) throws SQLException;
    }

    private static void load(Connection connection, String file, String sql, RowBinder binder) throws IOException, SQLException {
        List<String[]> rows = read(file);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (String[] row : rows) {
                binder.bind(row, statement);
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }

    /** The files have a header row and no quoting (no field contains a comma: see NOTICE.md). */
    static List<String[]> read(String file) throws IOException {
        String path = "db/reference/" + file;
        InputStream in = V4__Reference_data.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException("Missing reference data " + path);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
        }
        return rows;
    }

    /** Binds the values to consecutive parameters, starting at {@code first}. */
    private static void setStrings(PreparedStatement statement, int first, String... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setString(first + i, values[i]);
        }
    }
}
