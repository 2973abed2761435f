package org.beian.application.dto;

import java.io.Serializable;

/** A document of the account's library attached to an order for one purpose (an upload slot). */
public record AttachedDocument(String purpose, long documentId) implements Serializable {
}
