package org.beian.infrastructure.pdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Display names for the codes a snapshot holds: subject natures, certificate types (Chinese and
 * English) and administrative divisions (Chinese only, as the statistics bureau publishes them). Read
 * from the reference CSVs the persistence module ships, so the form prints exactly what the database
 * was loaded with, without needing a database. The files have a header row and no quoting (their
 * NOTICE.md).
 */
final class ReferenceNames {

    private static final ReferenceNames INSTANCE = new ReferenceNames();

    private final Map<String, String[]> natures = read("subject_natures.csv", 1, 2);
    private final Map<String, String[]> certificateTypes = read("certificate_types.csv", 1, 2);
    private final Map<String, String[]> divisions = read("divisions.csv", 1, 1);

    private ReferenceNames() {}

    static ReferenceNames get() {
        return INSTANCE;
    }

    String nature(String code, Locale locale) {
        return name(natures, code, locale);
    }

    String certificateType(String code, Locale locale) {
        return name(certificateTypes, code, locale);
    }

    /** Province, prefecture and county joined as written on Chinese forms; a missing level is skipped. */
    String region(String provinceCode, String cityCode, String districtCode) {
        StringBuilder region = new StringBuilder();
        for (String code : new String[] {provinceCode, cityCode, districtCode}) {
            if (code != null && !code.isBlank()) {
                region.append(name(divisions, code, Locale.SIMPLIFIED_CHINESE));
            }
        }
        return region.toString();
    }

    /** The name in the locale's language; an unknown code prints as itself, so nothing is lost. */
    private static String name(Map<String, String[]> names, String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String[] both = names.get(code);
        if (both == null) {
            return code;
        }
        return FormText.isChinese(locale) ? both[0] : both[1];
    }

    private static Map<String, String[]> read(String file, int zhColumn, int enColumn) {
        String path = "db/reference/" + file;
        try (InputStream in = ReferenceNames.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference data " + path);
            }
            Map<String, String[]> names = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] fields = line.split(",", -1);
                    names.put(fields[0], new String[] {fields[zhColumn], fields[enColumn]});
                }
            }
            return Map.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
