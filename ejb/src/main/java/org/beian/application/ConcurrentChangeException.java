package org.beian.application;

import jakarta.ejb.ApplicationException;

/** Someone else changed the same record since it was read: reload and try again. */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String what) {
        super("error.concurrentChange", what);
    }
}
