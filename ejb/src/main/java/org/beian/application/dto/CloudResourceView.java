package org.beian.application.dto;

import java.io.Serializable;
import java.time.Instant;

/** A cloud resource of the account that a website may be filed on. */
public record CloudResourceView(String instanceId, String kind, String publicIp, String regionName, boolean mainland,
                                Instant expiresAt) implements Serializable {
}
