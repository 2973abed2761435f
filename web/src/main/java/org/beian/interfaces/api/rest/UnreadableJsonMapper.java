package org.beian.interfaces.api.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A request body that is not the JSON the operation takes: 400 with a sentence, not a server error page. */
@Provider
public class UnreadableJsonMapper implements ExceptionMapper<JsonbException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(JsonbException e) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody("error.invalidInput", ApiMessages.text(headers, "error.invalidInput"), List.of())).build();
    }
}
