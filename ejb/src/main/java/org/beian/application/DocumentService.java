package org.beian.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import org.beian.domain.model.document.DocumentKind;

/** The account's document library (资料库): upload once, attach to any of its orders. */
public interface DocumentService {

    /** At most 2 MB, and a JPEG image the server can decode (the bureau accepts nothing else). */
    long MAX_BYTES = 2L * 1024 * 1024;

    record DocumentView(long id, DocumentKind kind, String fileName, long sizeBytes, Integer width, Integer height,
                        Instant createdAt) implements Serializable {}

    DocumentView upload(@NotNull Caller caller, @NotNull DocumentKind kind, @NotBlank @Size(max = 255) String fileName,
                        @NotNull byte[] content);

    /** Attaches a document of the caller's library to the caller's order for a purpose (e.g. subject.licence). */
    void attach(@NotNull Caller caller, @NotBlank String orderNumber, long documentId, @NotBlank @Size(max = 48) String purpose);
}
