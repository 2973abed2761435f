package org.beian.domain.model.filing;

import java.io.Serializable;

/** A cloud service a proposed website runs on: kind SERVER, WEB_HOSTING or AUTHORISATION_CODE. */
public record CloudServiceData(String kind, String reference, String publicIp) implements Serializable {
}
