package org.beian.interfaces.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.beian.application.desk.AdministrationDesk;
import org.beian.application.dto.AccountResourcesView;
import org.beian.application.dto.AuthorisationCodeView;
import org.beian.application.dto.NewAuthorisationCode;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.Messages;

/**
 * Backs /admin/resources.xhtml: an account found by its username, with its cloud resources and the
 * authorisation codes it issued; a code issued on one of its resources, or revoked.
 */
@Named("adminResources")
@ViewScoped
public class AccountResourcesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdministrationDesk administration;

    @Inject
    private Callers callers;

    private String username;
    private AccountResourcesView account;

    private String instanceId;
    private int validDays = 30;

    public void find() {
        account = administration.accountResources(callers.current(), username.strip());
        instanceId = account.resources().isEmpty() ? null : account.resources().get(0).instanceId();
    }

    public void issue() {
        AuthorisationCodeView issued = administration.issueAuthorisationCode(callers.current(),
                new NewAuthorisationCode(account.account().username(), instanceId, validDays));
        Messages.info("admin.resources.issued", issued.code(), issued.instanceId());
        reload();
    }

    public void revoke(AuthorisationCodeView code) {
        administration.revokeAuthorisationCode(callers.current(), code.code());
        Messages.info("admin.resources.revoked", code.code());
        reload();
    }

    private void reload() {
        account = administration.accountResources(callers.current(), account.account().username());
    }

    public AccountResourcesView getAccount() { return account; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getInstanceId() { return instanceId; }
    public void setInstanceId(String instanceId) { this.instanceId = instanceId; }
    public int getValidDays() { return validDays; }
    public void setValidDays(int validDays) { this.validDays = validDays; }
}
