package org.beian.infrastructure.persistence.flyway;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The one Flyway configuration of Beian's schema: SQL migrations common to H2 and PostgreSQL, the few
 * vendor-specific ones ({@code {vendor}} is Flyway's placeholder for h2 / postgresql), and the Java
 * migration that loads the reference data from CSV.
 */
public final class BeianSchema {

    public static final String COMMON = "classpath:db/schema/common";
    public static final String VENDOR = "classpath:db/schema/{vendor}";

    private BeianSchema() {}

    public static FluentConfiguration configure(DataSource dataSource) {
        return Flyway.configure(BeianSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(COMMON, VENDOR)
                .javaMigrations(new V4__Reference_data());
    }
}
