package org.beian.application;

/**
 * A refused input that belongs to one field of what was sent ({@code field} is the DTO component's
 * name), so a page shows the message on that field and keeps everything else as entered.
 */
public class InvalidFieldException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidFieldException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String getField() { return field; }
}
