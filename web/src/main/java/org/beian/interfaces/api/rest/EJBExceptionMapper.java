package org.beian.interfaces.api.rest;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A system failure inside a service: invalid input (Bean Validation on the service) becomes a 400 with
 * the fields; anything else a 500 that says nothing about internals (the log has the details).
 */
@Provider
public class EJBExceptionMapper implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(EJBExceptionMapper.class.getName());

    @Override
    public Response toResponse(EJBException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violations) {
                return new ConstraintViolationMapper().toResponse(violations);
            }
        }
        LOG.log(Level.SEVERE, "API call failed", e);
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody("error.internal", "系统繁忙，请稍后再试 / Something went wrong, please try again later", List.of()))
                .build();
    }
}
