package org.beian.application;

import jakarta.ejb.ApplicationException;

/** The caller may not see or change this object. Deliberately says no more than that. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
