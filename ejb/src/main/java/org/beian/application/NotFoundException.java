package org.beian.application;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, String key) {
        super("error.notFound", what, key);
    }
}
