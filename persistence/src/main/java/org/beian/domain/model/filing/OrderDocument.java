package org.beian.domain.model.filing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A document attached to an order for a purpose, e.g. {@code subject.licence},
 * {@code subject.principal.id}, {@code websites[0].principal.id}, {@code websites[0].verificationForm},
 * {@code websites[0].curtainPhoto}. The document itself stays in the account's library.
 */
@Embeddable
public class OrderDocument {

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "purpose", nullable = false, length = 48)
    private String purpose;

    protected OrderDocument() {}

    public OrderDocument(long documentId, String purpose) {
        this.documentId = documentId;
        this.purpose = Objects.requireNonNull(purpose);
    }

    public long getDocumentId() { return documentId; }
    public String getPurpose() { return purpose; }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrderDocument other && documentId == other.documentId && purpose.equals(other.purpose);
    }

    @Override
    public int hashCode() { return Objects.hash(documentId, purpose); }
}
