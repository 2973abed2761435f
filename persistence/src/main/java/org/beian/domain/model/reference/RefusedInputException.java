package org.beian.domain.model.reference;

import java.util.Arrays;

/**
 * Reference data an administrator entered that the domain refuses, on one field of the form: the
 * field's name (as the application's DTO calls it), a message key of the UI bundle and its arguments.
 * The application layer turns it into its own field refusal.
 */
public class RefusedInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public RefusedInputException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getField() { return field; }

    public String getMessageKey() { return messageKey; }

    public Object[] getArguments() { return arguments.clone(); }
}
