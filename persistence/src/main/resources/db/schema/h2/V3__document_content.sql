-- Uploaded files live in the database (shared by every instance of a cluster), apart from their metadata.
CREATE TABLE document_content (
    document_id BIGINT NOT NULL PRIMARY KEY,
    content     BLOB   NOT NULL,
    CONSTRAINT fk_document_content_document FOREIGN KEY (document_id) REFERENCES document (id)
);
