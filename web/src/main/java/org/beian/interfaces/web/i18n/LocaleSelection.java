package org.beian.interfaces.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.beian.application.desk.AccountDesk;
import org.beian.interfaces.security.Callers;

/**
 * The language of this session's pages: Chinese first, English on request. A signed-in user's choice is
 * kept on the account (its pages after the next login and its notifications speak it too).
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private Locale locale = CHINESE;

    @Inject
    private AccountDesk accounts;

    @Inject
    private Callers callers;

    /** Whether the visitor picked a language in this session; an account's preference does not override that. */
    private boolean chosenInSession;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguageTag() {
        return locale.toLanguageTag();
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    public boolean isChinese() {
        return CHINESE.equals(locale);
    }

    /** Switches this page and the rest of the session to the given language tag; signed in, the account keeps it. */
    public void switchTo(String languageTag) {
        if (use(languageTag)) {
            chosenInSession = true;
            FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
            if (callers.isSignedIn()) {
                rememberOnAccount();
            }
        }
    }

    /**
     * After login: the account's language; but if the visitor picked one on the way in (the login page's
     * switch), that choice wins and the account keeps it from now on.
     */
    public void useAccountLanguage(String languageTag) {
        if (chosenInSession) {
            rememberOnAccount();
        } else {
            use(languageTag);
        }
    }

    private void rememberOnAccount() {
        accounts.changeLanguage(callers.current(), getLanguageTag());
    }

    /** Uses the given language from the next page on; an unsupported tag changes nothing. */
    private boolean use(String languageTag) {
        Locale requested = Locale.forLanguageTag(languageTag);
        return SUPPORTED.stream().filter(requested::equals).findFirst().map(chosen -> {
            locale = chosen;
            return true;
        }).orElse(false);
    }
}
