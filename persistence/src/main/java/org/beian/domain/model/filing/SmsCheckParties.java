package org.beian.domain.model.filing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who must answer the ministry's SMS check (短信核验) of an order at the bureau (beyond-the-seed §1):
 * first filing and add website → subject and website principals; access filing and cancel website →
 * website principals; change → the sides in the order; cancel subject → the subject principal; cancel
 * access → nobody. One check per mobile. The desk tells the applicant who must verify; the bureau's
 * stand-in texts the same people.
 */
public final class SmsCheckParties {

    public static final String SUBJECT_PRINCIPAL = "SUBJECT_PRINCIPAL";
    public static final String WEBSITE_PRINCIPAL = "WEBSITE_PRINCIPAL_";

    private SmsCheckParties() {}

    /** By role ({@code SUBJECT_PRINCIPAL}, {@code WEBSITE_PRINCIPAL_0}, …), in the order the checks are sent. */
    public static Map<String, PersonData> of(OrderType type, FilingSnapshot snapshot) {
        Map<String, PersonData> byMobile = new LinkedHashMap<>();
        boolean subject = switch (type) {
            case FIRST_FILING, ADD_WEBSITE_SUBJECT_HERE, ADD_WEBSITE_SUBJECT_ELSEWHERE, CHANGE, CANCEL_SUBJECT -> true;
            default -> false;
        };
        boolean websites = switch (type) {
            case FIRST_FILING, ADD_WEBSITE_SUBJECT_HERE, ADD_WEBSITE_SUBJECT_ELSEWHERE, ACCESS, CHANGE, CANCEL_WEBSITE -> true;
            default -> false;
        };
        PersonData subjectPrincipal = snapshot.subject() == null ? null : snapshot.subject().principal();
        if (subject && subjectPrincipal != null && subjectPrincipal.mobile() != null) {
            byMobile.put(subjectPrincipal.mobile(), subjectPrincipal);
        }
        if (websites) {
            for (WebsiteData website : snapshot.websites()) {
                PersonData principal = website.principalSameAsSubject() ? subjectPrincipal : website.principal();
                if (principal != null && principal.mobile() != null) {
                    byMobile.putIfAbsent(principal.mobile(), principal);
                }
            }
        }
        Map<String, PersonData> byRole = new LinkedHashMap<>();
        int i = 0;
        for (PersonData person : byMobile.values()) {
            byRole.put(person == subjectPrincipal ? SUBJECT_PRINCIPAL : WEBSITE_PRINCIPAL + i++, person);
        }
        return byRole;
    }
}
