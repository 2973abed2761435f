package org.beian.domain.model.check.name;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.beian.domain.model.check.Text;

/**
 * A list of words searched for in names, ignoring case and width (P2P, ｐ２ｐ and p2p are one word).
 * Words are kept in the order given so that the first match reported is predictable.
 */
final class Keywords {

    private final List<String> words;

    Keywords(Collection<String> words) {
        this.words = words.stream().map(Keywords::fold).filter(w -> !w.isEmpty()).distinct().toList();
    }

    static String fold(String text) {
        return Text.fold(text).toUpperCase(Locale.ROOT);
    }

    /** The words contained in the name, in list order. */
    List<String> foundIn(String name) {
        String folded = fold(name);
        return words.stream().filter(folded::contains).toList();
    }

    /** The first word the name starts with, if any. */
    Optional<String> prefixOf(String name) {
        String folded = fold(name);
        return words.stream().filter(folded::startsWith).findFirst();
    }
}
