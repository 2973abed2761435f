package org.beian.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A curtain request as the administrators' list shows it: whose, where to, and how far it got. */
public record CurtainRequestView(long id, String username, String recipient, String phone, String address, String state,
                                 boolean freeOfCharge, Instant requestedAt, LocalDate shipsOn, String courier,
                                 String trackingNumber, Instant shippedAt, Instant deliveredAt) implements Serializable {
}
