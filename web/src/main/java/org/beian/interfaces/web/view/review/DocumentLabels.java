package org.beian.interfaces.web.view.review;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beian.interfaces.web.i18n.Messages;

/**
 * A document's purpose ({@code subject.licence}, {@code websites[0].verificationForm},
 * {@code subject.principal.id.both}, …, see {@code DocumentPurposes}) as a reviewer reads it: "主办单位证件",
 * "网站1 · 真实性核验单", "主办单位负责人身份证（正反面）". A purpose the bundle does not know is shown as it is.
 */
public final class DocumentLabels {

    private static final Pattern WEBSITE = Pattern.compile("websites\\[(\\d+)]\\.(.+)");
    private static final Pattern SIDE = Pattern.compile("(.+)\\.(front|back|both)");

    private DocumentLabels() {}

    public static String of(String purpose) {
        Matcher website = WEBSITE.matcher(purpose);
        if (website.matches()) {
            String rest = website.group(2);
            String label = rest.startsWith("preApproval.")
                    ? Messages.text("document.preApproval", Messages.text("preApproval." + rest.substring("preApproval.".length())))
                    : own(rest.startsWith("principal.id") ? "document.websitePrincipal.id" + side(rest) : "document.website." + rest, rest);
            return Messages.text("document.website", Integer.parseInt(website.group(1)) + 1) + " · " + label;
        }
        if (purpose.startsWith("subject.principal.id")) {
            return own("document.subjectPrincipal.id" + side(purpose), purpose);
        }
        return own("document." + purpose, own("purpose." + purpose, purpose));
    }

    /** The side suffix (".front", ".back", ".both") of an identity document, or "". */
    private static String side(String purpose) {
        Matcher side = SIDE.matcher(purpose);
        return side.matches() ? "." + side.group(2) : "";
    }

    /** The bundle's text for the key, or the fallback when the bundle has none. */
    private static String own(String key, String fallback) {
        String text = Messages.text(key);
        return text.equals(key) ? fallback : text;
    }
}
