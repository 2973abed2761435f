package org.beian.interfaces.api.rest;

import java.util.List;

/**
 * What every refused call returns: a stable code (the message key), a sentence in the caller's
 * language, and the fields concerned when the input was wrong.
 */
public record ErrorBody(String code, String message, List<FieldError> fields) {

    public record FieldError(String field, String message) {}
}
