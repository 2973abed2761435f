package org.beian.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SigningInstructionsTest {

    private static final Set<String> PROVINCES = provinces();

    @Test
    void theFingerprintProvincesAreThoseOfTheProvinceRules() throws IOException {
        Set<String> printed = new TreeSet<>();
        for (String province : PROVINCES) {
            for (boolean individual : new boolean[] {true, false}) {
                if (new SigningInstructions(province, individual, Locale.SIMPLIFIED_CHINESE).fingerprint()) {
                    printed.add(province);
                }
            }
        }
        assertEquals(provincesWhereRuleIsTrue("verification_form.fingerprint"), printed);
        assertEquals(Set.of("360000", "650000"), printed, "Xinjiang and Jiangxi (filing-process §4)");
    }

    @Test
    void theCommitmentProvincesAreThoseOfTheProvinceRulesAndOnlyForIndividuals() throws IOException {
        Set<String> printed = new TreeSet<>();
        for (String province : PROVINCES) {
            if (new SigningInstructions(province, true, Locale.SIMPLIFIED_CHINESE).commitment().isPresent()) {
                printed.add(province);
            }
            assertFalse(new SigningInstructions(province, false, Locale.SIMPLIFIED_CHINESE).commitment().isPresent(),
                    "organisations in " + province + " copy no commitment");
        }
        assertEquals(provincesWhereRuleIsTrue("verification_form.commitment_copy.individual"), printed);
    }

    @Test
    void organisationsPrintTwoStampedCopiesIndividualsOneUnstamped() {
        String organisation = String.join("\n", new SigningInstructions("110000", false, Locale.SIMPLIFIED_CHINESE).lines());
        String individual = String.join("\n", new SigningInstructions("110000", true, Locale.SIMPLIFIED_CHINESE).lines());
        assertTrue(organisation.contains("两份") && organisation.contains("公章") && organisation.contains("日期留空"));
        assertTrue(individual.contains("一份") && !individual.contains("公章"));
        assertTrue(individual.contains("网站负责人签字处签名"));
    }

    @Test
    void everyInstructionHasAnEnglishTextAndTheCommitmentStaysChinese() {
        SigningInstructions chinese = new SigningInstructions("440000", true, Locale.SIMPLIFIED_CHINESE);
        SigningInstructions english = new SigningInstructions("440000", true, Locale.ENGLISH);
        assertEquals(chinese.lines().size(), english.lines().size());
        english.lines().forEach(line -> assertTrue(line.chars().noneMatch(c -> c >= 0x4E00 && c <= 0x9FFF), line));
        assertEquals(chinese.commitment(), english.commitment());
        assertTrue(english.commitmentGloss().isPresent());
        assertTrue(chinese.commitmentGloss().isEmpty());
    }

    @Test
    void anUnknownProvinceGetsTheDefaults() {
        SigningInstructions unknown = new SigningInstructions(null, true, Locale.SIMPLIFIED_CHINESE);
        assertEquals(new SigningInstructions("110000", true, Locale.SIMPLIFIED_CHINESE).lines(), unknown.lines());
        assertFalse(unknown.fingerprint());
    }

    /** Provinces whose newest row of the rule says true, from the reference data the checks use. */
    private static Set<String> provincesWhereRuleIsTrue(String rule) throws IOException {
        Set<String> provinces = new TreeSet<>();
        for (String[] row : csv("province_rules.csv")) {
            if (row[1].equals(rule) && !row[0].equals("000000") && row[2].equals("true")) {
                provinces.add(row[0]);
            }
        }
        return provinces;
    }

    private static Set<String> provinces() {
        try {
            Set<String> codes = new TreeSet<>();
            csv("provinces.csv").forEach(row -> codes.add(row[0]));
            return codes;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String[]> csv(String file) throws IOException {
        try (InputStream in = SigningInstructionsTest.class.getClassLoader().getResourceAsStream("db/reference/" + file)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
        }
    }
}
