package org.beian.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.beian.application.event.ApplicationEvent;

/** The audit trail: every application event, once. */
public interface AuditService {

    /** Records the event; a second call with the same event id changes nothing and returns false. */
    boolean record(@NotNull ApplicationEvent event);

    List<AuditRecord> listByTarget(@NotBlank String target);
}
