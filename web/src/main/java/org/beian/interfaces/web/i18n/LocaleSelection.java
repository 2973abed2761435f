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

    /** Switches to the given language tag; an unknown tag keeps the current language. */
    public void switchTo(String languageTag) {
        Locale requested = Locale.forLanguageTag(languageTag);
        SUPPORTED.stream().filter(requested::equals).findFirst().ifPresent(chosen -> {
            locale = chosen;
            FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
        });
    }
}
