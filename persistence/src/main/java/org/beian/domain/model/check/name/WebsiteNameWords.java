package org.beian.domain.model.check.name;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words that website names may not carry, as the providers' naming pages list them, kept as data with
 * the page each word comes from (db/reference/website_name_words.csv, described in NOTICE.md): a reviewer
 * can see why a word is on the list, and a word no page names is not on it.
 *
 * <p>{@link Kind#SENSITIVE} words (反腐, 赌博, …) make a name unfileable; {@link Kind#GENERIC} words
 * (导航, 主页, …) are the generic words providers refuse in personal site names, where bureaus differ
 * (Jiangsu once asked for “某某的个人主页”), so the catalogue only warns about them. Words are matched as
 * {@link Keywords} match them: ignoring case and width.
 */
public final class WebsiteNameWords {

    /** The shipped list. */
    public static final String RESOURCE = "/db/reference/website_name_words.csv";
    private static final String HEADER = "word,kind,applies_to,source_url,read_on,note";

    public enum Kind { SENSITIVE, GENERIC }

    /** Who may not use the word: every subject, or individuals (personal sites) only. */
    public enum AppliesTo { ALL, INDIVIDUAL }

    /** One row of the list. */
    public record Entry(String word, Kind kind, AppliesTo appliesTo, String sourceUrl, LocalDate readOn, String note) {

        boolean appliesTo(boolean individual) {
            return appliesTo == AppliesTo.ALL || individual;
        }
    }

    private final List<Entry> entries;

    private WebsiteNameWords(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The list shipped in the jar; read once. */
    public static WebsiteNameWords shipped() {
        return Shipped.WORDS;
    }

    private static final class Shipped {
        static final WebsiteNameWords WORDS = read();

        private static WebsiteNameWords read() {
            try (InputStream in = WebsiteNameWords.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("no reference file " + RESOURCE);
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Parses the file's lines (header first, no quoting, as every reference file). A row without a source
     * page or with an unknown kind is refused rather than skipped, so a bad edit fails the build.
     */
    public static WebsiteNameWords parse(List<String> lines) {
        List<String> rows = lines.stream().filter(line -> !line.isBlank()).toList();
        if (rows.isEmpty() || !rows.get(0).equals(HEADER)) {
            throw new IllegalArgumentException("website_name_words.csv must start with " + HEADER);
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            if (cells.length != 6) {
                throw new IllegalArgumentException("6 columns expected: " + row);
            }
            String word = Keywords.fold(cells[0]);
            if (word.isEmpty() || !seen.add(word)) {
                throw new IllegalArgumentException("empty or repeated word: " + row);
            }
            if (!cells[3].startsWith("https://") && !cells[3].startsWith("http://") || cells[5].isBlank()) {
                throw new IllegalArgumentException("every word names the page it comes from: " + row);
            }
            try {
                entries.add(new Entry(word, Kind.valueOf(cells[1].toUpperCase(Locale.ROOT)),
                        AppliesTo.valueOf(cells[2].toUpperCase(Locale.ROOT)), cells[3], LocalDate.parse(cells[4]), cells[5]));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalArgumentException("bad kind, applies_to or read_on: " + row, e);
            }
        }
        return new WebsiteNameWords(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The sensitive words the name contains, for a subject that is or is not an individual. */
    public List<String> sensitiveIn(String name, boolean individual) {
        return foundIn(name, Kind.SENSITIVE, individual);
    }

    /** The generic words of personal site names the name contains (individuals only). */
    public List<String> genericIn(String name) {
        return foundIn(name, Kind.GENERIC, true);
    }

    private List<String> foundIn(String name, Kind kind, boolean individual) {
        List<String> words = entries.stream().filter(entry -> entry.kind() == kind && entry.appliesTo(individual))
                .map(Entry::word).toList();
        return new Keywords(words).foundIn(name);
    }
}
