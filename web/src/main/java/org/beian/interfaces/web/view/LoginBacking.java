package org.beian.interfaces.web.view;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.beian.application.desk.AccountDesk;
import org.beian.infrastructure.security.BeianAuthenticationMechanism;
import org.beian.interfaces.web.i18n.LocaleSelection;
import org.beian.interfaces.web.i18n.Messages;

/** Backs /login.xhtml: hands the credentials to the container's authentication mechanism. */
@Named("login")
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    @Inject
    private AccountDesk accounts;

    @Inject
    private LocaleSelection localeSelection;

    @NotBlank
    @Size(max = 64)
    private String username;

    @NotBlank
    @Size(max = 128)
    private String password;

    public void submit() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            // From now on the pages speak the account's language; one the visitor just picked is kept on the account instead.
            accounts.findByUsername(username).ifPresent(account -> localeSelection.useAccountLanguage(account.languageTag()));
        }
        switch (status) {
            case SEND_CONTINUE -> facesContext.responseComplete();
            case SUCCESS -> external.redirect(returnTo(external));
            default -> {
                password = null;
                Messages.error(null, "login.failed");
            }
        }
    }

    /** The protected page that sent the visitor here, else the landing page of their role. */
    private static String returnTo(ExternalContext external) {
        Object saved = external.getSessionMap().remove(BeianAuthenticationMechanism.RETURN_TO);
        return saved instanceof String url && url.startsWith(external.getRequestContextPath() + "/") && !url.startsWith("//")
                ? url : external.getRequestContextPath() + "/";
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
