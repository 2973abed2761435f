package org.beian.domain.model.reference;

import java.util.List;
import java.util.Optional;

/** The domain suffixes and whether they can be filed (the checks read the fileable ones through {@link ReferenceData}). */
public interface FileableTldRepository {

    /** Top-level suffixes first, then second-level zones (com.cn), each by their ASCII form. */
    List<FileableTld> listAll();

    Optional<FileableTld> find(String tld);

    Optional<FileableTld> findByAscii(String ascii);

    FileableTld add(FileableTld tld);
}
