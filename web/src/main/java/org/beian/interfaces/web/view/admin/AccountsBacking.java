package org.beian.interfaces.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.beian.application.DuplicateUsernameException;
import org.beian.application.WeakPasswordException;
import org.beian.application.desk.AdministrationDesk;
import org.beian.application.dto.AccountView;
import org.beian.application.dto.NewStaffAccount;
import org.beian.domain.model.account.Role;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.Messages;

/**
 * Backs /admin/accounts.xhtml: find accounts by username prefix and role, lock and unlock them, and
 * open reviewers' and administrators' accounts with a first password (told to them out of band; they
 * change it under 修改密码).
 */
@Named("adminAccounts")
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ROWS = 100;

    @Inject
    private AdministrationDesk administration;

    @Inject
    private Callers callers;

    private String prefix;
    private Role role;
    private List<AccountView> accounts;

    private String username;
    private String displayName;
    private String email;
    private String mobile;
    private String password;
    /** An array, so Faces converts the checkboxes to the enum by itself. */
    private Role[] roles = {Role.REVIEWER};

    public List<AccountView> getAccounts() {
        if (accounts == null) {
            accounts = administration.accounts(callers.current(), prefix, role, ROWS);
        }
        return accounts;
    }

    public void search() {
        accounts = null;
    }

    public void lock(String name) {
        administration.setAccountEnabled(callers.current(), name, false);
        Messages.info("admin.accounts.locked", name);
        accounts = null;
    }

    public void unlock(String name) {
        administration.setAccountEnabled(callers.current(), name, true);
        Messages.info("admin.accounts.unlocked", name);
        accounts = null;
    }

    public void open() {
        try {
            AccountView opened = administration.openStaffAccount(callers.current(), new NewStaffAccount(strip(username),
                    strip(displayName), strip(email), strip(mobile), password, Set.of(roles)));
            Messages.info("admin.accounts.opened", opened.username());
            username = displayName = email = mobile = password = null;
            roles = new Role[] {Role.REVIEWER};
            prefix = opened.username();
            role = null;
            accounts = null;
        } catch (WeakPasswordException e) {
            e.getRuleKeys().forEach(key -> Messages.error("accounts:password", key));
        } catch (DuplicateUsernameException e) {
            Messages.error("accounts:username", e.getMessageKey(), e.getArguments());
        }
    }

    public List<Role> getStaffRoles() {
        return List.copyOf(EnumSet.of(Role.REVIEWER, Role.ADMIN));
    }

    public List<Role> getAllRoles() {
        return Arrays.asList(Role.values());
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getPrefix() { return prefix; }
    public void setPrefix(String prefix) { this.prefix = prefix; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public Role[] getRoles() { return roles; }
    public void setRoles(Role[] roles) { this.roles = roles; }
}
