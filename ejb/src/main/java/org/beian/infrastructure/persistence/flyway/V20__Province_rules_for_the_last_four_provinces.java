package org.beian.infrastructure.persistence.flyway;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads province_rules.csv again after Jilin, Heilongjiang, Jiangsu and Fujian got rows from pages read
 * (2026-12): a Java migration that reads a file runs once, so databases migrated by V8 would keep its
 * rows. As in V8, only shipped rows exist (ids below 900), so they are replaced.
 */
public class V20__Province_rules_for_the_last_four_provinces extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.executeUpdate("DELETE FROM province_rule WHERE id < 900");
        }
        V4__Reference_data.loadProvinceRules(context.getConnection());
    }
}
