package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.beian.application.BusinessException;
import org.beian.application.DuplicateUsernameException;
import org.beian.application.VerificationCodeException;
import org.beian.application.dto.AccountView;
import org.beian.application.dto.CodeChannel;
import org.beian.application.dto.CodeSent;
import org.beian.application.dto.NewAccount;
import org.beian.application.dto.Registration;
import org.beian.domain.model.account.AccountRepository;
import org.beian.domain.model.account.Role;
import org.beian.domain.model.notification.Notification;
import org.beian.domain.model.verification.VerificationPurpose;

/**
 * Self-registration of applicants: codes to the e-mail address and the mobile, then the account, with
 * the role APPLICANT only. The checks run in an order that writes nothing before a wrong code is
 * reported (so its attempt is counted and nothing else is): password strength, the user name, the
 * codes; only then are the codes used and the account opened.
 */
@ApplicationScoped
public class Registrations {

    @Inject
    private VerificationCodes codes;

    @Inject
    private Passwords passwords;

    @Inject
    private AccountRepository accountRepository;

    @Inject
    private Accounts accounts;

    public CodeSent sendCode(CodeChannel channel, String target, String languageTag) {
        // The page checks the format; this keeps a code from going to something that is no address at all.
        if (channel == CodeChannel.EMAIL ? !target.strip().matches("[^@\\s]+@[^@\\s]+") : !target.strip().matches("1\\d{10}")) {
            throw new BusinessException("error.invalidInput");
        }
        return channel == CodeChannel.EMAIL
                ? codes.issue(VerificationPurpose.REGISTRATION_EMAIL, email(target), Notification.Channel.EMAIL, languageTag, true)
                : codes.issue(VerificationPurpose.REGISTRATION_MOBILE, target.strip(), Notification.Channel.SMS, languageTag, true);
    }

    public AccountView register(Registration request) {
        passwords.requireStrong(request.username(), request.password());
        if (accountRepository.findByUsername(request.username()).isPresent()) {
            throw new DuplicateUsernameException(request.username());
        }
        VerificationCodes.Check email = codes.check(VerificationPurpose.REGISTRATION_EMAIL, email(request.email()), request.emailCode());
        VerificationCodes.Check mobile = codes.check(VerificationPurpose.REGISTRATION_MOBILE, request.mobile().strip(), request.mobileCode());
        List<VerificationCodeException.Failure> failures = Stream.of(email, mobile).filter(c -> !c.correct())
                .map(VerificationCodes.Check::failure).toList();
        if (!failures.isEmpty()) {
            throw new VerificationCodeException(failures);
        }
        email.use();
        mobile.use();
        return accounts.create(new NewAccount(request.username(), request.password(), request.username(), request.email().strip(),
                request.mobile().strip(), request.languageTag(), Set.of(Role.APPLICANT)));
    }

    /** Codes go to an address whatever its case: one row per mailbox. */
    static String email(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
