package org.beian.domain.model.check.catalogue;

import org.beian.domain.model.filing.OrderType;

/**
 * Which parts of an order a type checks. Not every type needs every rule: an add-website order shows the
 * filed subject read-only, a change order holds only what changes (so a blank field is no error), and a
 * cancellation names only its target.
 *
 * @param subject          check the subject's own fields and principal
 * @param websites         check the websites' fields and principals
 * @param complete         blank required fields are errors (false: check only what is there)
 * @param subjectDocuments require the subject's documents (licence, principal's identity document)
 * @param websiteDocuments require each website's documents (verification form, principal's identity document)
 * @param determined       the type is determined from the registries (spec §3), so it can be wrong
 * @param websitesRequired the order must name at least one website
 */
record CheckScope(boolean subject, boolean websites, boolean complete, boolean subjectDocuments,
                  boolean websiteDocuments, boolean determined, boolean websitesRequired) {

    static CheckScope of(OrderType type) {
        return switch (type) {
            case FIRST_FILING, ADD_WEBSITE_SUBJECT_ELSEWHERE, ACCESS -> new CheckScope(true, true, true, true, true, true, true);
            case ADD_WEBSITE_SUBJECT_HERE -> new CheckScope(false, true, true, false, true, true, true);
            case CHANGE -> new CheckScope(true, true, false, false, false, false, false);
            case CANCEL_ACCESS, CANCEL_WEBSITE -> new CheckScope(false, false, false, false, false, false, true);
            case CANCEL_SUBJECT -> new CheckScope(false, false, false, false, false, false, false);
        };
    }

    /** Types that create websites: the quantity and cloud rules apply. */
    boolean addsWebsites() {
        return websites && complete;
    }
}
