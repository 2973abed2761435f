package org.beian.application;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class DuplicateUsernameException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DuplicateUsernameException(String username) {
        super("error.account.duplicateUsername", username);
    }
}
