package org.beian.domain.model.check.catalogue;

import java.util.Set;

/**
 * The subject nature codes (subject_natures.csv) the rules single out. Every nature other than
 * {@link #INDIVIDUAL} is an organisation ("enterprise" in the source's landline rule).
 */
public final class SubjectNatures {

    public static final String INDIVIDUAL = "INDIVIDUAL";
    public static final String ENTERPRISE = "ENTERPRISE";
    public static final String MEDICAL = "MEDICAL";

    /**
     * State bodies, which alone may start a website name with 中国, 中华, 中央, 人民, 人大 or 国家
     * (beyond-the-seed §2.9). Public institutions (事业单位) are state-run; defence bodies are state organs.
     */
    public static final Set<String> STATE_BODIES = Set.of("GOVERNMENT", "PUBLIC_INSTITUTION", "DEFENCE");

    private SubjectNatures() {}

    public static boolean isIndividual(String nature) {
        return INDIVIDUAL.equals(nature);
    }

    public static boolean isStateBody(String nature) {
        return STATE_BODIES.contains(nature);
    }
}
