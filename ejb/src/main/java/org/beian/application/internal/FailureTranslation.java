package org.beian.application.internal;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Optional;
import org.beian.application.BusinessException;
import org.beian.application.ConcurrentChangeException;
import org.beian.application.port.UnitOfWork;

/**
 * The one place technical conflicts become business errors, around every facade call (REST and Faces
 * alike): pending writes are flushed inside the call, so a stale version or a broken unique constraint
 * fails here rather than at commit, where it would reach the user as a server error. A stale version
 * becomes {@code error.concurrentChange}; a constraint violation {@code error.conflictingChange}.
 */
public class FailureTranslation {

    /** SQLSTATE class 23: integrity constraint violation (unique, foreign key, not null). */
    private static final String INTEGRITY_CONSTRAINT = "23";

    @Inject
    private UnitOfWork unitOfWork;

    @AroundInvoke
    public Object translate(InvocationContext invocation) throws Exception {
        try {
            Object result = invocation.proceed();
            unitOfWork.flush();
            return result;
        } catch (BusinessException e) {
            throw e;
        } catch (PersistenceException | EJBException e) {
            throw translated(e, invocation).orElseThrow(() -> e);
        }
    }

    static Optional<BusinessException> translated(Throwable failure, InvocationContext invocation) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BusinessException business) {
                return Optional.of(business);
            }
            if (t instanceof OptimisticLockException
                    || t.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
                return Optional.of(new ConcurrentChangeException(subject(invocation)));
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(INTEGRITY_CONSTRAINT)) {
                return Optional.of(new BusinessException("error.conflictingChange", subject(invocation)));
            }
        }
        return Optional.empty();
    }

    /** What the call was about, for the message: its first text argument after the caller (an order number, mostly). */
    private static String subject(InvocationContext invocation) {
        for (Object parameter : invocation.getParameters()) {
            if (parameter instanceof String text) {
                return text;
            }
            if (parameter instanceof org.beian.application.dto.SubmitRequest request) {
                return request.orderNumber();
            }
        }
        return "";
    }
}
