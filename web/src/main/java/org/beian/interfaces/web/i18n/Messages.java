package org.beian.interfaces.web.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up texts of the UI bundle in the current view's language and adds them as Faces messages. */
public final class Messages {

    public static final String BUNDLE = "org.beian.interfaces.web.i18n.messages";

    private Messages() {}

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale(context));
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * The language the user chose (the template's f:view locale). Not the view root's: during an
     * f:viewAction of a first request it is still the browser's Accept-Language.
     */
    private static Locale locale(FacesContext context) {
        Locale chosen = context.getApplication().evaluateExpressionGet(context, "#{localeSelection.locale}", Locale.class);
        return chosen != null ? chosen : context.getViewRoot().getLocale();
    }

    /** A page-wide confirmation ("scheduled to be sent again"). */
    public static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    /** A confirmation on one field ("code sent"). */
    public static void infoOn(String clientId, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    public static void error(String clientId, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }
}
