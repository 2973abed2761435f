package org.beian.interfaces.api.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.beian.application.AccessDeniedException;
import org.beian.application.BusinessException;
import org.beian.application.ConcurrentChangeException;
import org.beian.application.NotFoundException;

/** Business failures as HTTP answers with a translated sentence, never a stack trace. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException e) {
        Response.Status status = e instanceof AccessDeniedException ? Response.Status.FORBIDDEN
                : e instanceof NotFoundException ? Response.Status.NOT_FOUND
                : e instanceof ConcurrentChangeException ? Response.Status.CONFLICT
                : Response.Status.BAD_REQUEST;
        String message = ApiMessages.text(headers, e.getMessageKey(), e.getArguments());
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(e.getMessageKey(), message, List.of())).build();
    }
}
