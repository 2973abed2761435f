package org.beian.application.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beian.domain.model.document.Document;
import org.beian.domain.model.document.DocumentRepository;

/** Documents with their bytes in a map; {@link #add} gives the id. */
final class InMemoryDocuments implements DocumentRepository {

    private final Map<Long, Document> documents = new LinkedHashMap<>();
    private final Map<Long, byte[]> contents = new LinkedHashMap<>();
    private long nextId = 1000;

    @Override
    public Document add(Document document, byte[] content) {
        long id = nextId++;
        Wiring.setField(document, "id", id);
        documents.put(id, document);
        contents.put(id, content.clone());
        return document;
    }

    @Override
    public Optional<Document> find(long id) {
        return Optional.ofNullable(documents.get(id));
    }

    @Override
    public Optional<byte[]> content(long documentId) {
        return Optional.ofNullable(contents.get(documentId)).map(byte[]::clone);
    }

    @Override
    public List<Document> listByAccount(long accountId, int first, int max) {
        throw new UnsupportedOperationException("not used by the code under test");
    }
}
