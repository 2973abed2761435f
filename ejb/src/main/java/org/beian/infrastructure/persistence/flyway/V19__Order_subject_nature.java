package org.beian.infrastructure.persistence.flyway;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.FilingSnapshotConverter;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The subject's nature as a column of the order (issue 12: the console filters queues by nature), like
 * the subject name and province already copied out of the snapshot, filled in for the orders that
 * exist: read by id range, written in JDBC batches, so a million orders are not held in memory at once.
 */
public class V19__Order_subject_nature extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE filing_order ADD COLUMN subject_nature VARCHAR(32)");
        }
        FilingSnapshotConverter converter = new FilingSnapshotConverter();
        long after = -1;
        try (PreparedStatement read = connection.prepareStatement(
                     "SELECT id, snapshot FROM filing_order WHERE id > ? ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY");
             PreparedStatement write = connection.prepareStatement("UPDATE filing_order SET subject_nature = ? WHERE id = ?")) {
            while (true) {
                read.setLong(1, after);
                int rows = 0;
                try (ResultSet result = read.executeQuery()) {
                    while (result.next()) {
                        rows++;
                        after = result.getLong(1);
                        FilingSnapshot snapshot = converter.convertToEntityAttribute(result.getString(2));
                        if (snapshot != null && snapshot.subject() != null && snapshot.subject().nature() != null) {
                            write.setString(1, snapshot.subject().nature());
                            write.setLong(2, after);
                            write.addBatch();
                        }
                    }
                }
                write.executeBatch();
                if (rows < BATCH) {
                    break;
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            // The nature filter pages like the province filter: within a state, by (submitted_at, id).
            statement.execute("CREATE INDEX ix_filing_order_queue_nature ON filing_order (state, subject_nature, submitted_at, id)");
        }
    }
}
