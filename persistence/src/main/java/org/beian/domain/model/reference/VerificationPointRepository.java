package org.beian.domain.model.reference;

import java.util.List;
import java.util.Optional;

/** Verification points as administrators keep them (applicants read the active ones through {@link ReferenceData}). */
public interface VerificationPointRepository {

    /** The province's points, active or not, in the order they were added. */
    List<VerificationPoint> listByProvince(String provinceCode);

    Optional<VerificationPoint> find(long id);

    VerificationPoint add(VerificationPoint point);

    void remove(VerificationPoint point);
}
