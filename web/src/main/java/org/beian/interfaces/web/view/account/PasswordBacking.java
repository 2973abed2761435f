package org.beian.interfaces.web.view.account;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.beian.application.WeakPasswordException;
import org.beian.application.WrongPasswordException;
import org.beian.application.desk.AccountDesk;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.Messages;

/** Backs /account/password.xhtml: the signed-in holder (any role) changes the password, the current one checked. */
@Named("accountPassword")
@ViewScoped
public class PasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "password:";

    @Inject
    private AccountDesk accounts;

    @Inject
    private Callers callers;

    private String currentPassword;
    private String newPassword;

    public void submit() {
        try {
            accounts.changePassword(callers.current(), currentPassword, newPassword);
            currentPassword = null;
            newPassword = null;
            Messages.info("password.changed");
            return;
        } catch (WrongPasswordException e) {
            Messages.error(FORM + "current", e.getMessageKey());
        } catch (WeakPasswordException e) {
            e.getRuleKeys().forEach(key -> Messages.error(FORM + "newPassword", key));
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
}
