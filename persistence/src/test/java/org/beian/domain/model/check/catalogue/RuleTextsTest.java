package org.beian.domain.model.check.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.beian.domain.model.filing.OrderType;
import org.junit.jupiter.api.Test;

/**
 * Every rule has a message and a fix in Chinese and in English, the two files hold the same keys and the
 * same placeholders, and nothing in them is left over from a removed rule. The files are read directly:
 * a ResourceBundle would quietly fall back from English to the Chinese base.
 */
class RuleTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                RuleTextsTest.class.getResourceAsStream("/org/beian/domain/model/check/catalogue/" + name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void everyRuleHasMessageAndFixInBothLanguages() throws IOException {
        Properties zh = load("rules.properties");
        Properties en = load("rules_en.properties");
        List<String> problems = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            for (String suffix : List.of(".message", ".fix")) {
                String key = rule.code() + suffix;
                String chinese = zh.getProperty(key, "");
                String english = en.getProperty(key, "");
                if (!HAN.matcher(chinese).find()) {
                    problems.add(key + ": no Chinese text");
                }
                if (english.isBlank() || english.equals(chinese) || !english.matches(".*[A-Za-z]{3}.*")) {
                    problems.add(key + ": no English text");
                }
                if (!placeholders(chinese).equals(placeholders(english))) {
                    problems.add(key + ": placeholders differ " + placeholders(chinese) + " / " + placeholders(english));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void bothFilesHoldTheSameKeysAndNoneUnknown() throws IOException {
        Properties zh = load("rules.properties");
        Properties en = load("rules_en.properties");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        Set<String> known = new TreeSet<>();
        for (Rule rule : Rule.values()) {
            known.add(rule.code() + ".message");
            known.add(rule.code() + ".fix");
        }
        Stream.of(OrderType.values(), ServiceContent.values(), PreApprovalType.values(), CloudServiceKind.values())
                .flatMap(Stream::of).forEach(code -> known.add("label." + ((Enum<?>) code).name()));
        Stream.of(Severity.values()).forEach(severity -> known.add("severity." + severity.name()));
        Stream.of(Topic.values()).forEach(topic -> known.add("topic." + topic.name()));
        Stream.of(DeterminationOutcome.values()).forEach(outcome -> known.add("determination." + outcome.name()));
        Stream.of("subjectIcpNumber", "websiteIcpNumber", "accessProviders", "domain", "newDomains", "problems",
                "filedNature", "filedProvince", "cloudService").forEach(fact -> known.add("fact." + fact));
        assertEquals(known, new TreeSet<>(zh.stringPropertyNames()));
    }

    @Test
    void everyTextIsAValidMessageFormat() throws IOException {
        for (String file : List.of("rules.properties", "rules_en.properties")) {
            Properties properties = load(file);
            for (String key : properties.stringPropertyNames()) {
                String text = properties.getProperty(key);
                String rendered = new MessageFormat(text, Locale.ROOT).format(new Object[] {"a", "b", "c"});
                // A lone apostrophe would swallow the rest of the text: everything outside quotes must survive.
                assertTrue(rendered.length() >= text.replace("''", "'").replaceAll("\\{\\d}", "").length() - 1,
                        () -> file + " " + key + " loses text in MessageFormat: " + rendered);
            }
        }
    }

    @Test
    void chineseIsTheDefaultWhateverTheServerLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("此项为必填项。", RuleTexts.template(Locale.SIMPLIFIED_CHINESE, "FIELD_REQUIRED.message"));
            assertEquals("此项为必填项。", RuleTexts.template(Locale.JAPANESE, "FIELD_REQUIRED.message"));
            assertEquals("This field is required.", RuleTexts.template(Locale.UK, "FIELD_REQUIRED.message"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void codesAsArgumentsAreShownWithTheirLabels() {
        Finding finding = new Finding(Rule.ORDER_TYPE_MISMATCH, "type",
                List.of(Finding.Argument.code("ACCESS"), Finding.Argument.code("FIRST_FILING")), null);
        assertEquals("根据主体和域名的备案情况，本订单应办理“接入备案”，而不是“首次备案”。", finding.message(Locale.CHINA));
        assertEquals("Given what is filed for the subject and the domains, this order should be \"access filing\", "
                + "not \"first filing\".", finding.message(Locale.ENGLISH));
        assertEquals(List.of("ACCESS", "FIRST_FILING"), finding.argumentValues());
    }

    private static Set<String> placeholders(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        Set<String> found = new TreeSet<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void englishTextsHaveNoBareApostrophes() throws IOException {
        Properties en = load("rules_en.properties");
        List<String> bare = en.stringPropertyNames().stream()
                .filter(key -> en.getProperty(key).replace("''", "").contains("'"))
                .sorted().collect(Collectors.toList());
        assertEquals(List.of(), bare);
    }
}
