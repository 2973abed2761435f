package org.beian.domain.model.check.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.beian.domain.model.check.Problem;
import org.beian.domain.model.check.Text;

/**
 * One entry point for certificate numbers by kind. Resident IDs, residence permits, 2023 permanent
 * residence cards and credit codes carry check characters and are checked exactly; the other documents
 * have no public check algorithm, so only their shape is checked, loosely enough never to reject a real
 * number of an older series.
 */
public final class CertificateNumbers {

    /** Filing deadlines and ages are reckoned in Beijing time. */
    public static final ZoneId CHINA = org.beian.domain.model.BeijingTime.ZONE;

    /** Longest number stored for {@link CertificateKind#OTHER}. */
    public static final int MAX_LENGTH = 50;

    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");
    /** G: 2006–2012 ordinary passports; E + 8 digits: e-passports; E + letter + 7 digits since E ran out. */
    private static final Pattern CHINESE_PASSPORT = Pattern.compile("[EG]\\d{8}|E[A-Z]\\d{7}");
    /** H (Hong Kong) / M (Macao) + 8 digits on the 2013 card; older documents had 10 digits. */
    private static final Pattern HK_MACAO_PERMIT = Pattern.compile("[HM](\\d{8}|\\d{10})");
    /**
     * 8 digits on the 2015 card. Older booklets carried 10 characters: 10 digits, or 8 digits and a
     * one- or two-letter issue mark, sometimes written in brackets (removed before matching).
     */
    private static final Pattern TAIWAN_PERMIT = Pattern.compile("\\d{8}|\\d{10}|\\d{8}[A-Z]{1,2}");
    /** 2004 card: ISO 3166 alpha-3 nationality + 12 digits. */
    private static final Pattern PERMANENT_RESIDENCE_2004 = Pattern.compile("[A-Z]{3}\\d{12}");
    /** 2023 card: 9 + province (2) + nationality (3) + birth date (8) + sequence (3) + check. */
    private static final Pattern PERMANENT_RESIDENCE_2023 = Pattern.compile("9\\d{16}[0-9X]");

    private CertificateNumbers() {}

    /** Checks with today's date in China. */
    public static List<Problem> check(CertificateKind kind, String number) {
        return check(kind, number, LocalDate.now(Clock.system(CHINA)));
    }

    public static List<Problem> check(CertificateKind kind, String number, LocalDate today) {
        String compact = Text.compactUpper(number);
        if (compact.isEmpty()) {
            return List.of(Problem.of(IdentityProblem.CERTIFICATE_NUMBER_BLANK));
        }
        return switch (kind) {
            case RESIDENT_ID -> residentId(compact, today);
            case HK_MACAO_TAIWAN_RESIDENCE_PERMIT -> residencePermit(compact, today);
            case BUSINESS_LICENCE -> UnifiedSocialCreditCode.check(compact);
            case FOREIGNER_PERMANENT_RESIDENCE -> permanentResidence(compact);
            case PASSPORT -> matches(PASSPORT, compact, IdentityProblem.PASSPORT_FORMAT);
            case HK_MACAO_PERMIT -> matches(HK_MACAO_PERMIT, compact, IdentityProblem.HK_MACAO_PERMIT_FORMAT);
            case TAIWAN_PERMIT -> matches(TAIWAN_PERMIT, compact.replaceAll("[()]", ""),
                    IdentityProblem.TAIWAN_PERMIT_FORMAT);
            case OTHER -> compact.length() > MAX_LENGTH
                    ? List.of(Problem.of(IdentityProblem.CERTIFICATE_NUMBER_TOO_LONG, MAX_LENGTH))
                    : List.of();
        };
    }

    /**
     * The stricter pattern of a Chinese ordinary passport, for when the holder is known to be a Chinese
     * citizen (the certificate kind alone does not say).
     */
    public static List<Problem> checkChinesePassport(String number) {
        String compact = Text.compactUpper(number);
        if (compact.isEmpty()) {
            return List.of(Problem.of(IdentityProblem.CERTIFICATE_NUMBER_BLANK));
        }
        return matches(CHINESE_PASSPORT, compact, IdentityProblem.CHINESE_PASSPORT_FORMAT);
    }

    private static List<Problem> residentId(String number, LocalDate today) {
        List<Problem> problems = new ArrayList<>(ResidentIdNumber.check(number, today));
        if (problems.isEmpty() && ResidentIdNumber.parse(number).orElseThrow().isResidencePermit()) {
            problems.add(Problem.of(IdentityProblem.RESIDENT_ID_IS_RESIDENCE_PERMIT));
        }
        return List.copyOf(problems);
    }

    private static List<Problem> residencePermit(String number, LocalDate today) {
        // Same format and check as the ID card; only the address code differs. A mainland code gets its
        // own problem so that the message can say "choose 居民身份证 instead".
        List<Problem> problems = new ArrayList<>(ResidentIdNumber.check(number, today));
        if (number.length() == 18 && problems.stream().noneMatch(p -> p.code() == IdentityProblem.RESIDENT_ID_FORMAT)
                && !ProvinceCodes.isResidencePermitAddressCode(number.substring(0, 6))) {
            problems.removeIf(p -> p.code() == IdentityProblem.RESIDENT_ID_ADDRESS_CODE);
            problems.add(Problem.of(IdentityProblem.RESIDENCE_PERMIT_ADDRESS_CODE, number.substring(0, 6)));
        }
        return List.copyOf(problems);
    }

    private static List<Problem> permanentResidence(String number) {
        if (PERMANENT_RESIDENCE_2004.matcher(number).matches()) {
            return List.of();
        }
        if (!PERMANENT_RESIDENCE_2023.matcher(number).matches()) {
            return List.of(Problem.of(IdentityProblem.PERMANENT_RESIDENCE_FORMAT));
        }
        List<Problem> problems = new ArrayList<>();
        if (Gb11643.birthDate(number).isEmpty()) {
            problems.add(Problem.of(IdentityProblem.PERMANENT_RESIDENCE_BIRTH_DATE, number.substring(6, 14)));
        }
        char expected = Gb11643.checkCharacter(number);
        if (number.charAt(17) != expected) {
            problems.add(Problem.of(IdentityProblem.PERMANENT_RESIDENCE_CHECK_CHARACTER, expected, number.charAt(17)));
        }
        return List.copyOf(problems);
    }

    private static List<Problem> matches(Pattern pattern, String number, IdentityProblem problem) {
        return pattern.matcher(number).matches() ? List.of() : List.of(Problem.of(problem));
    }
}
