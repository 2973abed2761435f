package org.beian.domain.model.check.catalogue;

import java.util.Optional;
import org.beian.domain.model.filing.OrderType;

/**
 * What "start filing" (开始备案) concludes: one of the four determined filing types, or a refusal. The
 * explanation text is {@code determination.<OUTCOME>} in the rules bundle; its arguments are the
 * determination's facts in order (each constant lists them).
 */
public enum DeterminationOutcome {
    /** Neither subject nor domain filed anywhere. Facts: none. */
    FIRST_FILING(OrderType.FIRST_FILING),
    /** Subject filed here under this account. Facts: subject ICP number. */
    ADD_WEBSITE_SUBJECT_HERE(OrderType.ADD_WEBSITE_SUBJECT_HERE),
    /** Subject filed through another provider, domains new. Facts: subject ICP number. */
    ADD_WEBSITE_SUBJECT_ELSEWHERE(OrderType.ADD_WEBSITE_SUBJECT_ELSEWHERE),
    /** Domains filed through another provider by this subject. Facts: subject ICP number, website ICP number(s), access providers. */
    ACCESS(OrderType.ACCESS),

    /** No domain given. Facts: none. */
    REFUSED_DOMAIN_REQUIRED(null),
    /** A domain that cannot be filed as typed. Facts: domain, rule codes (the findings say why). */
    REFUSED_DOMAIN_INVALID(null),
    /** The subject is filed here under another account. Facts: subject ICP number. */
    REFUSED_SUBJECT_UNDER_OTHER_ACCOUNT(null),
    /** A domain is already filed here, in this account. Facts: domain, website ICP number. */
    REFUSED_DOMAIN_FILED_HERE_THIS_ACCOUNT(null),
    /** A domain is already filed here, in another account. Facts: domain, website ICP number. */
    REFUSED_DOMAIN_FILED_HERE_OTHER_ACCOUNT(null),
    /** A domain is filed elsewhere by another subject. Facts: domain, website ICP number. */
    REFUSED_DOMAIN_FILED_BY_OTHER_SUBJECT(null),
    /** Some domains are filed elsewhere, others are new. Facts: filed domains, new domains. */
    REFUSED_DOMAINS_MIXED(null),
    /** The subject's earlier filing has another nature or province. Facts: subject ICP number, filed nature, filed province. */
    REFUSED_SUBJECT_RECORD_DIFFERS(null),
    /** The cloud service cannot carry a filing. Facts: cloud service, rule codes (the findings say why). */
    REFUSED_CLOUD_SERVICE_NOT_ELIGIBLE(null);

    private final OrderType type;

    DeterminationOutcome(OrderType type) {
        this.type = type;
    }

    public Optional<OrderType> type() {
        return Optional.ofNullable(type);
    }

    public boolean refused() {
        return type == null;
    }
}
