package org.beian.interfaces.api.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Invalid input: 400 naming each field and what is wrong with it. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody("error.invalidInput", "请求内容不完整或格式不正确 / The request is incomplete or malformed",
                        e.getConstraintViolations().stream()
                                .map(v -> new ErrorBody.FieldError(v.getPropertyPath().toString(), v.getMessage())).toList()))
                .build();
    }
}
