package org.beian.application;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A failure the user can understand and act on. It rolls the transaction back and carries a message
 * key from the resource bundle (and its arguments) so the UI shows it in the user's language.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() { return messageKey; }

    public Object[] getArguments() { return arguments.clone(); }
}
