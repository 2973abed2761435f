package org.beian.interfaces.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The language of this session's pages: Chinese first, English on request. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private Locale locale = CHINESE;

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

    /** Switches this page and the rest of the session to the given language tag. */
    public void switchTo(String languageTag) {
        if (use(languageTag)) {
            chosenInSession = true;
            FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        }
    }

    /** After login: the account's language, unless the visitor already picked one in this session. */
    public void useAccountLanguage(String languageTag) {
        if (!chosenInSession) {
            use(languageTag);
        }
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
