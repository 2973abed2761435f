package org.beian.domain.model.verification;

import java.util.Optional;

/** The electronic verification sessions (one per QR code) of the orders. */
public interface ElectronicVerificationRepository {

    ElectronicVerification add(ElectronicVerification verification);

    /** The session of the platform's reference (the token in a code's address). */
    Optional<ElectronicVerification> findByReference(String reference);

    /** The order's newest session, the one its page shows; older ones are finished or replaced. */
    Optional<ElectronicVerification> findLatest(String orderNumber);
}
