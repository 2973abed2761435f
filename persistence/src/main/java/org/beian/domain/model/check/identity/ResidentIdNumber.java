package org.beian.domain.model.check.identity;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.beian.domain.model.check.Problem;
import org.beian.domain.model.check.Text;

/**
 * An 18-character resident identity number (GB 11643-1999), also the format of the residence permits of
 * Hong Kong, Macao and Taiwan residents. Only a number that passes every date-independent check can be
 * {@link #parse parsed}; {@link #check} adds the checks that need today's date.
 */
public final class ResidentIdNumber {

    private static final Pattern EIGHTEEN = Pattern.compile("\\d{17}[0-9X]");
    private static final Pattern FIFTEEN = Pattern.compile("\\d{15}");
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private final String number;
    private final LocalDate birthDate;

    private ResidentIdNumber(String number, LocalDate birthDate) {
        this.number = number;
        this.birthDate = birthDate;
    }

    /** The number, when it passes all checks that do not depend on today's date. */
    public static Optional<ResidentIdNumber> parse(String raw) {
        String number = normalise(raw);
        if (!structuralProblems(number).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ResidentIdNumber(number, Gb11643.birthDate(number).orElseThrow()));
    }

    /** All problems, including a birth date in the future or before 1900. */
    public static List<Problem> check(String raw, LocalDate today) {
        Objects.requireNonNull(today, "today");
        String number = normalise(raw);
        List<Problem> problems = new ArrayList<>(structuralProblems(number));
        if (EIGHTEEN.matcher(number).matches()) {
            Gb11643.birthDate(number).ifPresent(date -> {
                if (date.isAfter(today)) {
                    problems.add(Problem.of(IdentityProblem.RESIDENT_ID_BIRTH_DATE_IN_FUTURE, date));
                } else if (date.isBefore(EARLIEST_BIRTH_DATE)) {
                    problems.add(Problem.of(IdentityProblem.RESIDENT_ID_BIRTH_DATE_BEFORE_1900, date));
                }
            });
        }
        return List.copyOf(problems);
    }

    /** Spaces removed, full-width folded, a lower-case x upper-cased (people type it either way). */
    static String normalise(String raw) {
        return Text.compactUpper(raw);
    }

    private static List<Problem> structuralProblems(String number) {
        if (number.isEmpty()) {
            return List.of(Problem.of(IdentityProblem.CERTIFICATE_NUMBER_BLANK));
        }
        if (FIFTEEN.matcher(number).matches()) {
            return List.of(Problem.of(IdentityProblem.RESIDENT_ID_LEGACY_15));
        }
        if (!EIGHTEEN.matcher(number).matches()) {
            return List.of(Problem.of(IdentityProblem.RESIDENT_ID_FORMAT));
        }
        // Each field is reported on its own: a typo in the date usually breaks the check character too,
        // and the applicant should see both.
        List<Problem> problems = new ArrayList<>();
        String addressCode = number.substring(0, 6);
        if (!ProvinceCodes.isPlausibleAddressCode(addressCode)) {
            problems.add(Problem.of(IdentityProblem.RESIDENT_ID_ADDRESS_CODE, addressCode));
        }
        if (Gb11643.birthDate(number).isEmpty()) {
            problems.add(Problem.of(IdentityProblem.RESIDENT_ID_BIRTH_DATE, number.substring(6, 14)));
        }
        char expected = Gb11643.checkCharacter(number);
        if (number.charAt(17) != expected) {
            problems.add(Problem.of(IdentityProblem.RESIDENT_ID_CHECK_CHARACTER, expected, number.charAt(17)));
        }
        return problems;
    }

    /** Normalised: 18 characters, upper-case X. */
    public String value() {
        return number;
    }

    public String addressCode() {
        return number.substring(0, 6);
    }

    /** First two digits: the province of the issuing authority (jurisdiction rules use it). */
    public String provinceCode() {
        return number.substring(0, 2);
    }

    /** A residence permit of a Hong Kong, Macao or Taiwan resident rather than a mainland ID card. */
    public boolean isResidencePermit() {
        return ProvinceCodes.isResidencePermitAddressCode(addressCode());
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return (number.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** Age in completed years on a day (someone born on 29 February turns a year older on 1 March). */
    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentIdNumber that && number.equals(that.number);
    }

    @Override
    public int hashCode() {
        return number.hashCode();
    }

    @Override
    public String toString() {
        return number;
    }
}
