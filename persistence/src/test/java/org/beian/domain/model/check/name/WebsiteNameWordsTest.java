package org.beian.domain.model.check.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The shipped word list (db/reference/website_name_words.csv): names that providers' naming pages refuse,
 * matched as the catalogue matches them, and a list that keeps every word tied to the page it comes from.
 */
class WebsiteNameWordsTest {

    private final WebsiteNameWords words = WebsiteNameWords.shipped();

    @ParameterizedTest(name = "[{index}] {0} (individual: {1}) → {2} / {3}")
    @CsvFileSource(resources = "/check/website-name-words.csv", numLinesToSkip = 1)
    void wordsFoundInNames(String name, boolean individual, String sensitive, String generic) {
        assertEquals(set(sensitive), Set.copyOf(words.sensitiveIn(name, individual)), "sensitive words of " + name);
        if (individual) {
            // Generic words are looked for in personal site names only (the catalogue's rule).
            assertEquals(set(generic), Set.copyOf(words.genericIn(name)), "generic words of " + name);
        }
    }

    @Test
    void everyWordNamesItsPageAndTheDayItWasRead() {
        assertTrue(words.entries().size() >= 20, "only " + words.entries().size() + " words");
        for (WebsiteNameWords.Entry entry : words.entries()) {
            assertTrue(entry.sourceUrl().startsWith("https://"), entry.word());
            assertTrue(!entry.note().isBlank(), entry.word() + " says what the page says");
        }
    }

    @Test
    void genericWordsAreForPersonalSitesOnly() {
        assertTrue(words.entries().stream().filter(entry -> entry.kind() == WebsiteNameWords.Kind.GENERIC)
                .allMatch(entry -> entry.appliesTo() == WebsiteNameWords.AppliesTo.INDIVIDUAL));
    }

    @Test
    void aRowWithoutASourceOrWithAnUnknownKindIsRefused() {
        String header = "word,kind,applies_to,source_url,read_on,note";
        assertThrows(IllegalArgumentException.class,
                () -> WebsiteNameWords.parse(List.of(header, "赌博,SENSITIVE,ALL,,2026-12-02,no page")));
        assertThrows(IllegalArgumentException.class,
                () -> WebsiteNameWords.parse(List.of(header, "赌博,BANNED,ALL,https://example.org/,2026-12-02,a page")));
        assertThrows(IllegalArgumentException.class,
                () -> WebsiteNameWords.parse(List.of(header, "赌博,SENSITIVE,ALL,https://example.org/,2026-12-02,a page",
                        "赌博,GENERIC,INDIVIDUAL,https://example.org/,2026-12-02,twice")));
        assertEquals(List.of("赌博"), WebsiteNameWords.parse(List.of(header, "赌博,SENSITIVE,ALL,https://example.org/,2026-12-02,a page"))
                .sensitiveIn("远离赌博", false));
    }

    private static Set<String> set(String spaced) {
        return spaced == null ? Set.of() : Arrays.stream(spaced.trim().split("\\s+")).collect(Collectors.toSet());
    }
}
