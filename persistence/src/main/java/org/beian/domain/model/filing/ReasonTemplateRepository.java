package org.beian.domain.model.filing;

import java.util.List;
import java.util.Optional;

/** The reviewers' reason templates, as administrators keep them. */
public interface ReasonTemplateRepository {

    /** Every template, active or not, in the order reviewers see them. */
    List<ReasonTemplate> listAll();

    Optional<ReasonTemplate> findByCode(String code);

    ReasonTemplate add(ReasonTemplate template);
}
