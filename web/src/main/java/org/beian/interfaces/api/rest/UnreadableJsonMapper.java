package org.beian.interfaces.api.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A request body that is not the JSON the operation takes (the JSON-B provider's failure, wrapped by
 * JAX-RS): 400 with a sentence, not a server error page. Other processing failures stay server errors.
 */
@Provider
public class UnreadableJsonMapper implements ExceptionMapper<ProcessingException> {

    private static final Logger LOG = Logger.getLogger(UnreadableJsonMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(new ErrorBody("error.invalidInput", ApiMessages.text(headers, "error.invalidInput"), List.of())).build();
            }
        }
        LOG.log(Level.SEVERE, "API call failed", e);
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody("error.internal", ApiMessages.text(headers, "error.500.text"), List.of())).build();
    }
}
