package org.beian.application.dto;

import java.io.Serializable;
import java.time.Instant;
import org.beian.domain.model.document.DocumentKind;

/** A document of the account's library (资料库), without its bytes. */
public record DocumentView(long id, DocumentKind kind, String fileName, long sizeBytes, Integer width, Integer height,
                           Instant createdAt) implements Serializable {
}
