package org.beian.domain.model.check.catalogue;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The field path patterns rules declare, and how a concrete path of a finding matches them. Paths are
 * JSON-ish paths into the snapshot ({@code websites[0].domains[1]}), into the order ({@code order},
 * {@code type}, {@code extras.filingPassword}) or to an upload slot ({@code "documents." + purpose}).
 * In a pattern {@code [i]}, {@code [j]} stand for any index, {@code <TYPE>} for a code and {@code *} for
 * any path.
 */
public final class FieldPatterns {

    static final List<String> CERTIFICATE_NUMBERS = List.of(
            "subject.certificateNumber", "subject.principal.certificateNumber", "websites[i].principal.certificateNumber");
    static final List<String> PERSON_CERTIFICATE_NUMBERS = List.of(
            "subject.principal.certificateNumber", "websites[i].principal.certificateNumber");
    static final List<String> MOBILES = List.of("subject.principal.mobile", "websites[i].principal.mobile");
    static final List<String> EMERGENCY_PHONES = List.of("subject.principal.emergencyPhone", "websites[i].principal.emergencyPhone");
    static final List<String> ALL_MOBILES = List.of("subject.principal.mobile", "websites[i].principal.mobile",
            "subject.principal.emergencyPhone", "websites[i].principal.emergencyPhone");
    static final List<String> OFFICE_PHONES = List.of("subject.principal.officePhone", "websites[i].principal.officePhone");
    static final List<String> WEBSITE_PRINCIPAL_AGE = List.of(
            "websites[i].principal.certificateNumber", "websites[i].principalSameAsSubject");
    static final List<String> DOMAIN = List.of("websites[i].domains[j]");
    static final List<String> HOMEPAGE = List.of("websites[i].homepageUrls[j]");
    static final List<String> WEBSITE_NAME = List.of("websites[i].name");
    static final List<String> SERVICE_CONTENT = List.of("websites[i].serviceContent");
    static final List<String> WEBSITE_REMARK = List.of("websites[i].remark");
    static final List<String> CLOUD_SERVICE = List.of("websites[i].cloudServices[j]");
    static final List<String> VERIFICATION_FORM = List.of("documents.websites[i].verificationForm");

    private FieldPatterns() {}

    /** Whether a concrete path matches a declared pattern. */
    public static boolean matches(String pattern, String path) {
        if (pattern.equals("*")) {
            return true;
        }
        String regex = Pattern.quote(pattern)
                .replace("[i]", "\\E\\[\\d+\\]\\Q")
                .replace("[j]", "\\E\\[\\d+\\]\\Q")
                .replace("<TYPE>", "\\E[A-Z_]+\\Q");
        return path.matches(regex);
    }
}
