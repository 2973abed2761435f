package org.beian.domain.model.check.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.beian.domain.model.check.identity.OrganisationCode;
import org.beian.domain.model.check.identity.ResidentIdNumber;
import org.beian.domain.model.check.identity.UnifiedSocialCreditCode;

/**
 * Valid certificate numbers made on demand, so test tables say what a number is ("an ID of a 17-year-old
 * woman from Hangzhou") instead of carrying opaque digits. The check characters come from the
 * primitives themselves, not from a second implementation.
 */
final class TestNumbers {

    private static final String CHECK_CHARACTERS = "0123456789X";

    private TestNumbers() {}

    /** An 18-character resident ID; an odd sequence number is a man, an even one a woman. */
    static String residentId(String addressCode, LocalDate birthDate, int sequence) {
        String body = addressCode + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        for (char check : CHECK_CHARACTERS.toCharArray()) {
            if (ResidentIdNumber.parse(body + check).isPresent()) {
                return body + check;
            }
        }
        throw new IllegalArgumentException("no valid resident ID for " + body);
    }

    /** A valid credit code of an enterprise (91) registered in the division. */
    static String uscc(String divisionCode) {
        String body = "MA2" + divisionCode.substring(0, 4) + "1";
        String seventeen = "91" + divisionCode + body + OrganisationCode.checkCharacter(body);
        return seventeen + UnifiedSocialCreditCode.checkCharacter(seventeen);
    }

    /** The same code with a wrong check character (as some early pilot codes have). */
    static String usccWithWrongCheck(String divisionCode) {
        String valid = uscc(divisionCode);
        char wrong = valid.charAt(17) == '1' ? '2' : '1';
        return valid.substring(0, 17) + wrong;
    }
}
