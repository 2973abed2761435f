package org.beian.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.executable.ValidateOnExecution;
import java.util.List;
import org.beian.application.AccessDeniedException;
import org.beian.application.desk.AdministrationDesk;
import org.beian.application.dto.AuditRecord;
import org.beian.application.dto.DeadMessageView;
import org.beian.application.dto.RecordedSms;
import org.beian.application.port.DeadMessages;
import org.beian.application.port.SmsOutbox;
import org.beian.application.security.Caller;
import org.beian.domain.model.account.Role;

@Stateless
@ValidateOnExecution // makes the validation extension see the constraints declared on the interface
@Interceptors(FailureTranslation.class)
public class DefaultAdministrationDesk implements AdministrationDesk {

    @Inject
    private DeadMessages deadMessages;

    @Inject
    private SmsOutbox smsOutbox;

    @Inject
    private Audit audit;

    @Override
    public List<DeadMessageView> deadMessages(Caller caller, int max) {
        requireAdmin(caller);
        return deadMessages.list(max);
    }

    @Override
    public void retryDeadMessage(Caller caller, String messageId) {
        requireAdmin(caller);
        deadMessages.retry(messageId);
    }

    @Override
    public List<RecordedSms> recordedSms(Caller caller, int max) {
        requireAdmin(caller);
        return smsOutbox.recent(max);
    }

    @Override
    public List<AuditRecord> auditTrail(Caller caller, String target) {
        requireAdmin(caller);
        return audit.listByTarget(target);
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException();
        }
    }
}
