package org.beian.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.beian.infrastructure.persistence.flyway.SchemaMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the application migrated its schema and the heap is not exhausted. The database and the
 * broker are readiness concerns: restarting an instance does not bring back a database that is down.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    private static final double MAX_HEAP_USE = 0.95;

    @Inject
    private SchemaMigration schemaMigration;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        double heapUse = (double) (runtime.totalMemory() - runtime.freeMemory()) / runtime.maxMemory();
        String schemaVersion = schemaMigration.schemaVersion();
        return HealthCheckResponse.named("application")
                .status(schemaVersion != null && heapUse < MAX_HEAP_USE)
                .withData("schemaVersion", String.valueOf(schemaVersion))
                .withData("heapUse", String.format("%.2f", heapUse))
                .build();
    }
}
