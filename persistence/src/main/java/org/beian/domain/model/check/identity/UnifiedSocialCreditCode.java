package org.beian.domain.model.check.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.beian.domain.model.check.Problem;
import org.beian.domain.model.check.Text;

/**
 * The unified social credit code (GB 32100-2015): registration authority, entity type, administrative
 * division code (6), organisation code (9, itself GB 11714 checked) and a check character.
 *
 * <p>{@link #parse} accepts any well-formed code, even with a wrong check character: early pilot-region
 * codes fail it yet are legal, so the catalogue only warns. {@link #check} reports every finding.
 */
public final class UnifiedSocialCreditCode {

    /** Values 0–30 by position; I, O, S, V and Z are left out to avoid confusion with digits. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** 3^i mod 31 for i = 0..16. */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /**
     * Registration authorities and the entity types each issues, from GB 32100-2015 appendix A
     * (1 institutional establishment, 2 foreign affairs, 3 justice, 4 culture, 5 civil affairs, 6 tourism,
     * 7 religion, 8 trade unions, 9 market regulation, A military, N agriculture, Y other). Later
     * amendments may add types; the finding is the catalogue's to weigh.
     */
    private static final Map<Character, Set<Character>> TYPES_BY_AUTHORITY = Map.ofEntries(
            Map.entry('1', Set.of('1', '2', '3', '9')),
            Map.entry('2', Set.of('1', '9')),
            Map.entry('3', Set.of('1', '2', '3', '4', '5', '9')),
            Map.entry('4', Set.of('1', '9')),
            Map.entry('5', Set.of('1', '2', '3', '9')),
            Map.entry('6', Set.of('1', '2', '9')),
            Map.entry('7', Set.of('1', '2', '9')),
            Map.entry('8', Set.of('1', '9')),
            Map.entry('9', Set.of('1', '2', '3')),
            Map.entry('A', Set.of('1', '9')),
            Map.entry('N', Set.of('1', '2', '3', '9')),
            Map.entry('Y', Set.of('1')));

    /** Division code of bodies registered at national level (e.g. some state-owned banks). */
    private static final String NATIONAL_DIVISION = "100000";

    private final String code;

    private UnifiedSocialCreditCode(String code) {
        this.code = code;
    }

    /** The code when it is 18 characters of the alphabet, whatever its check characters say. */
    public static Optional<UnifiedSocialCreditCode> parse(String raw) {
        String code = Text.compactUpper(raw);
        return isWellFormed(code) ? Optional.of(new UnifiedSocialCreditCode(code)) : Optional.empty();
    }

    public static List<Problem> check(String raw) {
        String code = Text.compactUpper(raw);
        if (code.isEmpty()) {
            return List.of(Problem.of(IdentityProblem.CERTIFICATE_NUMBER_BLANK));
        }
        if (!isWellFormed(code)) {
            return List.of(Problem.of(IdentityProblem.USCC_FORMAT));
        }
        UnifiedSocialCreditCode uscc = new UnifiedSocialCreditCode(code);
        List<Problem> problems = new ArrayList<>();
        char authority = uscc.registrationAuthority();
        Set<Character> types = TYPES_BY_AUTHORITY.get(authority);
        if (types == null) {
            problems.add(Problem.of(IdentityProblem.USCC_REGISTRATION_AUTHORITY, authority));
        } else if (!types.contains(uscc.entityType())) {
            problems.add(Problem.of(IdentityProblem.USCC_ENTITY_TYPE, authority, uscc.entityType()));
        }
        String division = uscc.divisionCode();
        if (!division.chars().allMatch(Character::isDigit)
                || !(division.equals(NATIONAL_DIVISION) || ProvinceCodes.isProvince(division.substring(0, 2)))) {
            problems.add(Problem.of(IdentityProblem.USCC_DIVISION_CODE, division));
        }
        char expectedOrganisationCheck = OrganisationCode.checkCharacter(code.substring(8, 16));
        if (code.charAt(16) != expectedOrganisationCheck) {
            problems.add(Problem.of(IdentityProblem.USCC_ORGANISATION_CODE_CHECK_CHARACTER,
                    expectedOrganisationCheck, code.charAt(16)));
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            problems.add(Problem.of(IdentityProblem.USCC_CHECK_CHARACTER, expected, code.charAt(17)));
        }
        return List.copyOf(problems);
    }

    /** 31 − (weighted sum mod 31), where 31 is written 0, as a character of the alphabet. */
    public static char checkCharacter(String seventeen) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(seventeen.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    private static boolean isWellFormed(String code) {
        return code.length() == 18 && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    public String value() {
        return code;
    }

    public char registrationAuthority() {
        return code.charAt(0);
    }

    public char entityType() {
        return code.charAt(1);
    }

    /** Characters 3–8: where the entity was registered (jurisdiction rules use the first two). */
    public String divisionCode() {
        return code.substring(2, 8);
    }

    /** Characters 9–17: the GB 11714 organisation code, body and check character. */
    public String organisationCode() {
        return code.substring(8, 17);
    }

    public boolean hasValidCheckCharacter() {
        return code.charAt(17) == checkCharacter(code.substring(0, 17));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnifiedSocialCreditCode that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
