package org.beian.interfaces.api.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.beian.application.ChecksFailedException;

/** A refused submission lists every blocking finding on its field (422). */
@Provider
public class ChecksFailedExceptionMapper implements ExceptionMapper<ChecksFailedException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ChecksFailedException e) {
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(e.getMessageKey(), ApiMessages.text(headers, e.getMessageKey(), e.getArguments()),
                        e.getFindings().stream().map(f -> new ErrorBody.FieldError(f.fieldPath(), f.message())).toList()))
                .build();
    }
}
