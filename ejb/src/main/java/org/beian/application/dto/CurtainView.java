package org.beian.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A request for the blue photo curtain as its applicant follows it: requested (ships on {@code shipsOn}
 * with the 16:00 courier), shipped (courier and tracking number), delivered.
 */
public record CurtainView(long id, String recipient, String address, String state, boolean freeOfCharge, Instant requestedAt,
                          LocalDate shipsOn, String courier, String trackingNumber, Instant shippedAt, Instant deliveredAt)
        implements Serializable {
}
