package org.beian.application.dto;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.beian.domain.model.registry.WebsiteStatus;

/**
 * One filed website after approval, as its owner's page shows it: its numbers and status, the filing
 * number to show at the bottom of the site, the public-security filing guide with every value to enter,
 * and where the public-security filing stands (number recorded, or the reminders until it is).
 */
public record WebsiteFilingView(String icpNumber, WebsiteStatus status, String name, String subjectIcpNumber, String subjectName,
                                List<String> domains, List<String> homepageUrls, List<String> accessProviders,
                                LocalDate approvedOn, FilingNumberDisplay display, PublicSecurityGuide guide,
                                PublicSecurityState publicSecurity) implements Serializable {

    /**
     * The filing number a filed site shows at its bottom, linked to the ministry's public query: the
     * subject number in Guangdong ({@code subjectNumber} true), the website number elsewhere;
     * {@code snippet} is the HTML to paste into the site's footer.
     */
    public record FilingNumberDisplay(String number, boolean subjectNumber, String province, String link, String snippet)
            implements Serializable {}

    /**
     * The public-security filing of the website: the number and day recorded (null until then), the day
     * it is due (30 days after approval), and the day of the next reminder (null once recorded, after
     * the last reminder, or for a website no longer normal).
     */
    public record PublicSecurityState(String number, LocalDate filedOn, LocalDate dueOn, LocalDate nextReminderOn)
            implements Serializable {

        public boolean recorded() {
            return number != null;
        }
    }
}
