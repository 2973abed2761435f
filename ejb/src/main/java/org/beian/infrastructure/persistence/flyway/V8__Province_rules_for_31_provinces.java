package org.beian.infrastructure.persistence.flyway;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Replaces the shipped province rules with the researched rows for all 31 provinces (province_rules.csv
 * as of 2026-12, each with its source URL and the day it was read). Databases migrated before keep
 * V4's rows otherwise. Only shipped rows exist yet (ids below 900; administrators cannot add rows before
 * the console does), so the table is emptied and loaded again.
 */
public class V8__Province_rules_for_31_provinces extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.executeUpdate("DELETE FROM province_rule WHERE id < 900");
        }
        V4__Reference_data.loadProvinceRules(context.getConnection());
    }
}
