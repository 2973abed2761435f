package org.beian.interfaces.web.view.portal.filing;

import java.io.Serializable;
import org.beian.domain.model.document.DocumentKind;

/**
 * One document the order needs, as the upload step lists it (the seed's "上传 … 的 …"): the purpose it
 * is attached for, what it shows, whose it is, and what is attached now.
 *
 * @param labelKey the bundle key of the line, with {@code owner} and the detail as its arguments
 * @param detailKey the bundle key of the detail where it is a text of the UI (a content type), else null
 * @param websiteIndex the website a verification form belongs to, else -1
 */
public record UploadSlot(String purpose, DocumentKind kind, String labelKey, String owner, String detail, String detailKey, String hintKey,
                         int websiteIndex, Long documentId) implements Serializable {

    /** A component id for the slot's messages: purposes hold dots and brackets, ids may not. */
    public String id() {
        return "slot_" + purpose.replaceAll("[^A-Za-z0-9]", "_");
    }

    public boolean attached() {
        return documentId != null;
    }
}
