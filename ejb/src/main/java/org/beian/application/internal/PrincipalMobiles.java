package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.beian.application.VerificationCodeException;
import org.beian.application.dto.CodeSent;
import org.beian.application.security.Authorization;
import org.beian.application.security.Caller;
import org.beian.domain.model.account.Account;
import org.beian.domain.model.notification.Notification;
import org.beian.domain.model.verification.MobileConfirmationRepository;
import org.beian.domain.model.verification.VerificationPurpose;

/**
 * The principal mobiles of the filing wizard, confirmed by an SMS code: once an account has confirmed a
 * number, the catalogue's {@code MOBILE_NOT_CONFIRMED} no longer asks for it in that account's orders.
 * Mobiles arrive as 11 digits (the facade checks the form).
 */
@ApplicationScoped
public class PrincipalMobiles {

    @Inject
    private Authorization authorization;

    @Inject
    private VerificationCodes codes;

    @Inject
    private MobileConfirmationRepository confirmations;

    public CodeSent sendCode(Caller caller, String mobile) {
        Account account = authorization.accountOf(caller);
        return codes.issue(VerificationPurpose.PRINCIPAL_MOBILE, mobile, Notification.Channel.SMS, account.getLanguageTag(), true);
    }

    /** Confirms the mobile, or throws {@link VerificationCodeException} (the wrong attempt is counted). */
    public void confirm(Caller caller, String mobile, String code) {
        Account account = authorization.accountOf(caller);
        VerificationCodes.Check check = codes.check(VerificationPurpose.PRINCIPAL_MOBILE, mobile, code);
        if (!check.correct()) {
            throw new VerificationCodeException(List.of(check.failure()));
        }
        check.use();
        confirmations.confirm(account.getId(), mobile, Instant.now());
    }
}
