package org.beian.application.dto;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A request for the blue photo curtain, and the working day it ships on. */
public record CurtainView(long id, String recipient, String address, String state, boolean freeOfCharge, Instant requestedAt,
                          LocalDate shipsOn) implements Serializable {
}
