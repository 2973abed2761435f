package org.beian.infrastructure.persistence.flyway;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The one Flyway configuration of Beian's schema: SQL migrations common to H2 and PostgreSQL, the few
 * vendor-specific ones (db/schema/h2, db/schema/postgresql), and the Java migrations that load the
 * reference data from CSV (V4) and load the province rules again when province_rules.csv grows (V8, V20).
 */
public final class BeianSchema {

    public static final String COMMON = "classpath:db/schema/common";

    private BeianSchema() {}

    public static FluentConfiguration configure(DataSource dataSource) {
        return Flyway.configure(BeianSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(COMMON, "classpath:db/schema/" + vendorOf(dataSource))
                .javaMigrations(new V4__Reference_data(), new V8__Province_rules_for_31_provinces(),
                        new V19__Order_subject_nature(), new V20__Province_rules_for_the_last_four_provinces());
    }

    /** The folder of vendor-specific migrations for the database behind the datasource. */
    static String vendorOf(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the schema is in", e);
        }
        if (product.contains("postgres")) {
            return "postgresql";
        }
        if (product.contains("h2")) {
            return "h2";
        }
        throw new IllegalStateException("Beian runs on H2 or PostgreSQL, not " + product);
    }
}
