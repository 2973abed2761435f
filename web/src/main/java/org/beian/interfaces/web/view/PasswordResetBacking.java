package org.beian.interfaces.web.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.beian.application.VerificationCodeException;
import org.beian.application.WeakPasswordException;
import org.beian.application.desk.AccountDesk;
import org.beian.application.dto.PasswordReset;
import org.beian.interfaces.web.i18n.LocaleSelection;
import org.beian.interfaces.web.i18n.Messages;

/**
 * Backs /password-reset.xhtml: the user name and the account's mobile, a code by SMS (the answer is the
 * same whether or not they match an account), and the new password. Failures on their fields; nothing
 * typed is lost.
 */
@Named("passwordReset")
@ViewScoped
public class PasswordResetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "reset:";

    @Inject
    private AccountDesk accounts;

    @Inject
    private LocaleSelection localeSelection;

    private String username;
    private String mobile;
    private String code;
    private String newPassword;
    private final Cooldown cooldown = new Cooldown();

    public void sendCode() {
        cooldown.request(() -> accounts.requestPasswordReset(username, mobile, localeSelection.getLanguageTag()), FORM + "code", "reset.sent");
    }

    public String submit() {
        try {
            accounts.resetPassword(new PasswordReset(username, mobile, code, newPassword));
            return "/login?faces-redirect=true&done=reset";
        } catch (WeakPasswordException e) {
            e.getRuleKeys().forEach(key -> Messages.error(FORM + "newPassword", key));
        } catch (VerificationCodeException e) {
            e.getFailures().forEach(f -> Messages.error(FORM + "code", f.messageKey(), f.attemptsLeft()));
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public Cooldown getCooldown() { return cooldown; }
}
