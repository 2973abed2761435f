package org.beian.application.dto;

import java.io.Serializable;
import java.time.Instant;

/** A cloud resource with what decides whether websites may be filed on it (region, billing, months, bandwidth). */
public record CloudResourceDetail(String instanceId, String kind, String publicIp, String regionName, boolean mainland,
                                  String billingMode, int purchasedMonths, int bandwidthMbps, Instant expiresAt)
        implements Serializable {
}
