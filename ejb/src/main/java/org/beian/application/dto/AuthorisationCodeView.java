package org.beian.application.dto;

import java.io.Serializable;
import java.time.Instant;

/** A filing authorisation code an account issued, on which resource, and who holds it (null: nobody yet). */
public record AuthorisationCodeView(String code, String instanceId, String holderUsername, Instant createdAt, Instant expiresAt,
                                    boolean revoked, boolean expired) implements Serializable {
}
