package org.beian.domain.model.verification;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** The mobiles each account has confirmed by code. */
public interface MobileConfirmationRepository {

    /** Records the confirmation unless the account has confirmed the mobile before. */
    void confirm(long accountId, String mobile, Instant at);

    /** Which of these mobiles (11 digits) the account has confirmed. */
    Set<String> listConfirmed(long accountId, Collection<String> mobiles);
}
