package org.beian.application;

import jakarta.ejb.ApplicationException;

/** The current password given to change it is not the account's. */
@ApplicationException(rollback = true)
public class WrongPasswordException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public WrongPasswordException() {
        super("error.password.wrongCurrent");
    }
}
