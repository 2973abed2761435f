package org.beian.infrastructure.persistence.flyway;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when the application is deployed, before anything uses JPA (startup
 * beans that need the schema declare {@code @DependsOn("SchemaMigration")}). Flyway takes a lock in
 * the database, so two instances of a cluster starting together migrate once.
 *
 * <p>Demo data is not part of the application: when the operator points {@code beian.demo.data-location}
 * at a folder of SQL scripts (the run command does), they are applied after the schema with a history
 * table of their own, so the schema's history never depends on them.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/beian")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "beian.demo.data-location")
    private Optional<String> demoDataLocation;

    private volatile String schemaVersion;

    @PostConstruct
    void migrate() {
        Flyway flyway = BeianSchema.configure(dataSource).load();
        MigrateResult schema = flyway.migrate();
        schemaVersion = flyway.info().current().getVersion().getVersion();
        LOG.info(() -> "Schema at version " + schemaVersion + " (" + schema.migrationsExecuted + " migrations applied now)");

        demoDataLocation.filter(location -> !location.isBlank()).ifPresent(location -> {
            MigrateResult demo = Flyway.configure(SchemaMigration.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(location)
                    .table("demo_data_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            LOG.info(() -> "Demo data from " + location + ": " + demo.migrationsExecuted + " scripts applied now");
        });
    }

    /** The schema version Flyway reports after migrating. */
    @Lock(LockType.READ)
    public String schemaVersion() {
        return schemaVersion;
    }
}
