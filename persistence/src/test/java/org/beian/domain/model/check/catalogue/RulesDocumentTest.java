package org.beian.domain.model.check.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is what the catalogue generates. Run with {@code -Dbeian.rules.write=true} to rewrite it
 * after changing a rule or its texts; otherwise the test fails when the file differs.
 */
class RulesDocumentTest {

    /** Surefire runs in the module directory; the document is in the repository's docs. */
    private static final Path DOCUMENT = Path.of("..", "docs", "rules.md");

    @Test
    void documentIsWhatTheCatalogueGenerates() throws IOException {
        String generated = RulesDocument.render();
        if (Boolean.getBoolean("beian.rules.write")) {
            Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(DOCUMENT), "docs/rules.md is missing: run with -Dbeian.rules.write=true");
        assertEquals(generated, Files.readString(DOCUMENT, StandardCharsets.UTF_8),
                "docs/rules.md is out of date: run ./mvnw -q -pl persistence test -Dtest=RulesDocumentTest -Dbeian.rules.write=true");
    }

    @Test
    void documentListsEveryRule() {
        String generated = RulesDocument.render();
        for (Rule rule : Rule.values()) {
            assertTrue(generated.contains("| `" + rule.code() + "` |"), rule.code());
        }
    }
}
