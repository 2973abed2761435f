package org.beian.application;

import jakarta.ejb.ApplicationException;

/** A step the order's state, the caller's role or the step's own conditions do not allow. */
@ApplicationException(rollback = true)
public class TransitionRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TransitionRefusedException(String messageKey, String orderNumber, String state, String action) {
        super(messageKey, orderNumber, state, action);
    }
}
