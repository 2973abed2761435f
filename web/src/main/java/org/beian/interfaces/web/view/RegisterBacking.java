package org.beian.interfaces.web.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.beian.application.DuplicateUsernameException;
import org.beian.application.VerificationCodeException;
import org.beian.application.WeakPasswordException;
import org.beian.application.desk.AccountDesk;
import org.beian.application.dto.CodeChannel;
import org.beian.application.dto.Registration;
import org.beian.domain.model.verification.VerificationPurpose;
import org.beian.interfaces.web.i18n.LocaleSelection;
import org.beian.interfaces.web.i18n.Messages;

/**
 * Backs /register.xhtml: a visitor asks for the e-mail and SMS codes (each button shows its cooldown),
 * then opens an applicant account. Every failure is shown on its field and the form keeps what was
 * typed. View-scoped and serializable (the application is distributable).
 */
@Named("register")
@ViewScoped
public class RegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "register:";
    private static final Map<VerificationPurpose, String> CODE_FIELDS = Map.of(
            VerificationPurpose.REGISTRATION_EMAIL, FORM + "emailCode", VerificationPurpose.REGISTRATION_MOBILE, FORM + "mobileCode");

    @Inject
    private AccountDesk accounts;

    @Inject
    private LocaleSelection localeSelection;

    private String username;
    private String password;
    private String email;
    private String emailCode;
    private String mobile;
    private String mobileCode;
    private final Cooldown emailCooldown = new Cooldown();
    private final Cooldown mobileCooldown = new Cooldown();

    public void sendEmailCode() {
        send(CodeChannel.EMAIL, email, emailCooldown, FORM + "emailCode", "code.sentEmail");
    }

    public void sendMobileCode() {
        send(CodeChannel.MOBILE, mobile, mobileCooldown, FORM + "mobileCode", "code.sentSms");
    }

    private void send(CodeChannel channel, String target, Cooldown cooldown, String codeField, String sentKey) {
        cooldown.request(() -> accounts.sendRegistrationCode(channel, target, localeSelection.getLanguageTag()), codeField, sentKey);
    }

    public String submit() {
        try {
            accounts.register(new Registration(username, password, email, emailCode, mobile, mobileCode, localeSelection.getLanguageTag()));
            return "/login?faces-redirect=true&done=registered";
        } catch (WeakPasswordException e) {
            e.getRuleKeys().forEach(key -> Messages.error(FORM + "password", key));
        } catch (DuplicateUsernameException e) {
            Messages.error(FORM + "username", e.getMessageKey(), e.getArguments());
        } catch (VerificationCodeException e) {
            e.getFailures().forEach(f -> Messages.error(CODE_FIELDS.get(f.purpose()), f.messageKey(), f.attemptsLeft()));
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getEmailCode() { return emailCode; }
    public void setEmailCode(String emailCode) { this.emailCode = emailCode; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getMobileCode() { return mobileCode; }
    public void setMobileCode(String mobileCode) { this.mobileCode = mobileCode; }
    public Cooldown getEmailCooldown() { return emailCooldown; }
    public Cooldown getMobileCooldown() { return mobileCooldown; }
}
