package org.beian.domain.model.document;

import java.util.List;
import java.util.Optional;

public interface DocumentRepository {

    /** Stores the metadata and the bytes together. */
    Document add(Document document, byte[] content);

    Optional<Document> find(long id);

    Optional<byte[]> content(long documentId);

    List<Document> listByAccount(long accountId, int first, int max);
}
