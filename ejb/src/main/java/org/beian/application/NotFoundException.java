package org.beian.application;

import jakarta.ejb.ApplicationException;

/** The object asked for does not exist (or no longer: another user or tab removed it first). */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /**
     * @param what the kind of object, one word ({@code order}, {@code document}, …): the message key is
     *        {@code error.notFound.<what>}, so the page names the object in the user's language
     */
    public NotFoundException(String what, String key) {
        super("error.notFound." + what, key);
    }
}
