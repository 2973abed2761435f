package org.beian.domain.model.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The province rules in force for one province on one day: for each key the province's own row if it
 * has one, else the national default. Every value says where it came from, so a finding can name the
 * rule that applied.
 */
public final class ProvinceRules {

    /** One rule value in force, and the row it came from. */
    public record Applied(String key, String value, String provinceCode, String source) {

        public int asInt() { return Integer.parseInt(value); }

        public boolean asBoolean() { return Boolean.parseBoolean(value); }

        public List<String> asList() {
            return value.isEmpty() ? List.of() : Arrays.asList(value.split("\\|"));
        }
    }

    private final String provinceCode;
    private final Map<String, Applied> byKey;

    public ProvinceRules(String provinceCode, Map<String, Applied> byKey) {
        this.provinceCode = provinceCode;
        this.byKey = Map.copyOf(byKey);
    }

    /** Picks, per key, the newest province row, else the newest national row (rows already effective). */
    public static ProvinceRules from(String provinceCode, List<ProvinceRule> effectiveRows) {
        Map<String, Applied> chosen = new java.util.HashMap<>();
        for (ProvinceRule row : effectiveRows) {
            Applied current = chosen.get(row.getRuleKey());
            boolean provinceRow = row.getProvinceCode().equals(provinceCode);
            boolean better = current == null
                    || (provinceRow && !current.provinceCode().equals(provinceCode));
            if (better) {
                chosen.put(row.getRuleKey(), new Applied(row.getRuleKey(), row.getValue(), row.getProvinceCode(), row.getSource()));
            }
        }
        return new ProvinceRules(provinceCode, chosen);
    }

    public String provinceCode() { return provinceCode; }

    public Optional<Applied> find(String key) { return Optional.ofNullable(byKey.get(key)); }

    public Applied get(String key) {
        Applied applied = byKey.get(key);
        if (applied == null) {
            throw new IllegalStateException("No province rule " + key + " for " + provinceCode + " nor a national default");
        }
        return applied;
    }
}
