package org.beian.domain.model.verification;

import java.util.Optional;

/** Verification codes: one row per purpose and target (an e-mail address or a mobile). */
public interface VerificationCodeRepository {

    Optional<VerificationCode> findByPurposeAndTarget(VerificationPurpose purpose, String target);

    VerificationCode add(VerificationCode code);
}
