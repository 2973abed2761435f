package org.beian.application.desk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.beian.application.dto.AuditRecord;
import org.beian.application.dto.DeadMessageView;
import org.beian.application.dto.RecordedSms;
import org.beian.application.security.Caller;

/** The administrators' desk (role ADMIN only): the dead-message queue, the recorded SMS, the audit trail. */
public interface AdministrationDesk {

    /** Messages whose work failed on every attempt, oldest first. */
    List<DeadMessageView> deadMessages(@NotNull Caller caller, @Min(1) @Max(500) int max);

    /** Takes the message off the dead-message queue and sends it back to where it came from, attempts reset. */
    void retryDeadMessage(@NotNull Caller caller, @NotBlank String messageId);

    /** The SMS the built-in gateway recorded instead of sending (the demo outbox), newest first. */
    List<RecordedSms> recordedSms(@NotNull Caller caller, @Min(1) @Max(500) int max);

    /** Every event recorded about a target ("order:…", "account:…"), oldest first. */
    List<AuditRecord> auditTrail(@NotNull Caller caller, @NotBlank String target);
}
