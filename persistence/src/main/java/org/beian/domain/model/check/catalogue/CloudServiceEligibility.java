package org.beian.domain.model.check.catalogue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.beian.domain.model.check.Text;
import org.beian.domain.model.filing.CloudServiceData;

/**
 * Whether one cloud service can carry a filing (filing-process §6, beyond-the-seed §2.13): a mainland
 * server bought prepaid for at least 3 months with at least a month left and a public IP, carrying at
 * most 5 websites; web hosting on the same purchase terms; or a usable authorisation code. Shared by the
 * order checks and the filing-type determination.
 */
final class CloudServiceEligibility {

    static final int MIN_PURCHASED_MONTHS = 3;
    static final int MIN_DAYS_LEFT = 30;
    static final int MAX_WEBSITES_PER_SERVER = 5;

    private CloudServiceEligibility() {}

    /**
     * @param websitesInOrder how many websites of the order run on this service (they count towards the
     *                        per-server limit with those already there)
     */
    static List<Finding> check(CloudServiceData service, String field, int websitesInOrder, LocalDate today,
                               CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        Optional<CloudServiceKind> kind = CloudServiceKind.find(service.kind());
        String reference = Text.fold(service.reference());
        if (kind.isEmpty()) {
            add(findings, Rule.CLOUD_SERVICE_KIND_UNKNOWN, field, Text.fold(service.kind()));
            return findings;
        }
        if (reference.isEmpty()) {
            add(findings, Rule.FIELD_REQUIRED, field);
            return findings;
        }
        if (kind.get() == CloudServiceKind.AUTHORISATION_CODE) {
            checkCode(findings, reference, field, today, context);
        } else {
            checkResource(findings, reference, field, websitesInOrder, today, context);
        }
        return findings;
    }

    private static void checkCode(List<Finding> findings, String code, String field, LocalDate today, CheckContext context) {
        Optional<CheckContext.AuthorisationCodeInfo> found = context.findAuthorisationCode(code);
        if (found.isEmpty()) {
            add(findings, Rule.AUTHORISATION_CODE_UNKNOWN, field, code);
            return;
        }
        CheckContext.AuthorisationCodeInfo info = found.get();
        if (info.revoked()) {
            add(findings, Rule.AUTHORISATION_CODE_REVOKED, field, code);
        } else if (!today.isBefore(info.expiresOn())) {
            add(findings, Rule.AUTHORISATION_CODE_EXPIRED, field, code, info.expiresOn());
        }
        if (info.issuedByThisAccount()) {
            add(findings, Rule.AUTHORISATION_CODE_OWN_ACCOUNT, field, code);
        } else if (info.heldByAnotherAccount()) {
            add(findings, Rule.AUTHORISATION_CODE_HELD_BY_OTHER_ACCOUNT, field, code);
        }
    }

    private static void checkResource(List<Finding> findings, String reference, String field, int websitesInOrder,
                                      LocalDate today, CheckContext context) {
        Optional<CheckContext.CloudResourceInfo> found = context.findCloudResource(reference);
        if (found.isEmpty()) {
            add(findings, Rule.CLOUD_RESOURCE_NOT_FOUND, field, reference);
            return;
        }
        CheckContext.CloudResourceInfo resource = found.get();
        if (!resource.mainland()) {
            add(findings, Rule.CLOUD_RESOURCE_NOT_MAINLAND, field, reference);
        }
        if (resource.billingMode() != CheckContext.BillingMode.PREPAID) {
            add(findings, Rule.CLOUD_RESOURCE_NOT_PREPAID, field, reference);
        }
        if (resource.purchasedMonths() < MIN_PURCHASED_MONTHS) {
            add(findings, Rule.CLOUD_RESOURCE_TOO_SHORT, field, reference, resource.purchasedMonths(), MIN_PURCHASED_MONTHS);
        }
        if (ChronoUnit.DAYS.between(today, resource.expiresOn()) < MIN_DAYS_LEFT) {
            add(findings, Rule.CLOUD_RESOURCE_EXPIRES_SOON, field, reference, resource.expiresOn(), MIN_DAYS_LEFT);
        }
        // The snapshot's kind is what the applicant picked; the resource's kind is what it is.
        if (resource.kind() == CheckContext.ResourceKind.SERVER) {
            if (Text.fold(resource.publicIp()).isEmpty()) {
                add(findings, Rule.CLOUD_SERVER_NO_PUBLIC_IP, field, reference);
            }
            int total = resource.websitesHosted() + websitesInOrder;
            if (total > MAX_WEBSITES_PER_SERVER) {
                add(findings, Rule.CLOUD_SERVER_TOO_MANY_WEBSITES, field, reference, total, MAX_WEBSITES_PER_SERVER);
            }
        }
    }

    private static void add(List<Finding> findings, Rule rule, String field, Object... arguments) {
        List<Finding.Argument> converted = new ArrayList<>();
        for (Object argument : arguments) {
            converted.add(Finding.Argument.of(argument));
        }
        findings.add(new Finding(rule, field, converted, null));
    }
}
