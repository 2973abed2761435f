package org.beian.application.dto;

import java.io.Serializable;

/** A domain suffix, in its Unicode and ASCII forms, and whether filings under it are accepted. */
public record FileableTldView(String tld, String ascii, boolean fileable, boolean countryCode, boolean secondLevel,
                              String note) implements Serializable {
}
