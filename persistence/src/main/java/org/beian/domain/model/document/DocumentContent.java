package org.beian.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a {@link Document}, kept in the database so every instance of a cluster sees them. */
@Entity
@Table(name = "document_content")
public class DocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    // No @Lob: bound with setBytes, which H2's BLOB and PostgreSQL's BYTEA (V3, per vendor) both accept.
    @Column(nullable = false)
    private byte[] content;

    protected DocumentContent() {}

    public DocumentContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content.clone();
    }

    public Long getDocumentId() { return documentId; }

    public byte[] getContent() { return content.clone(); }
}
