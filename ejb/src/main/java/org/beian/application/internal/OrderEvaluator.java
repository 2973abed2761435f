package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.beian.domain.model.BeijingTime;
import org.beian.domain.model.account.AccountRepository;
import org.beian.domain.model.check.catalogue.CheckRequest;
import org.beian.domain.model.check.catalogue.Determination;
import org.beian.domain.model.check.catalogue.FilingTypeDetermination;
import org.beian.domain.model.check.catalogue.Finding;
import org.beian.domain.model.check.catalogue.OrderExtras;
import org.beian.domain.model.check.catalogue.PreSubmissionChecks;
import org.beian.domain.model.check.catalogue.ReferenceLists;
import org.beian.domain.model.check.catalogue.StartFilingRequest;
import org.beian.domain.model.filing.FilingOrderRepository;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.national.NationalRegistry;
import org.beian.domain.model.reference.ProvinceRule;
import org.beian.domain.model.reference.ReferenceData;
import org.beian.domain.model.registry.RegistryRepository;
import org.beian.domain.model.resource.ResourceRepository;
import org.beian.domain.model.verification.MobileConfirmationRepository;

/**
 * Runs the rule catalogue for an account: gathers the province rules in force today, the reference
 * lists and the account's context from the database. The one place checks are evaluated, for drafts,
 * stored orders and the submission gate alike.
 */
@ApplicationScoped
public class OrderEvaluator {

    private static final PreSubmissionChecks CHECKS = new PreSubmissionChecks();
    private static final FilingTypeDetermination DETERMINATION = new FilingTypeDetermination();

    @Inject
    private FilingOrderRepository orders;

    @Inject
    private ReferenceData referenceData;

    @Inject
    private RegistryRepository registry;

    @Inject
    private ResourceRepository resources;

    @Inject
    private NationalRegistry nationalRegistry;

    @Inject
    private AccountRepository accounts;

    @Inject
    private MobileConfirmationRepository confirmations;

    @Inject
    private org.beian.application.port.DomainLookup domainLookup;

    public List<Finding> evaluate(long accountId, Long orderId, OrderType type, FilingSnapshot snapshot, String filingPassword,
                                  Set<String> attachedPurposes) {
        LocalDate today = BeijingTime.today();
        String province = snapshot.subject() == null || snapshot.subject().provinceCode() == null
                ? ProvinceRule.NATIONAL : snapshot.subject().provinceCode();
        CheckRequest request = new CheckRequest(snapshot, type, new OrderExtras(filingPassword), today,
                referenceData.provinceRules(province, today), ReferenceLists.from(referenceData),
                new AccountCheckContext(orders, registry, resources, nationalRegistry, accounts, confirmations, domainLookup, accountId, orderId, attachedPurposes));
        return CHECKS.evaluate(request);
    }

    public Determination determine(long accountId, StartFilingRequest request) {
        return DETERMINATION.determine(request, BeijingTime.today(), ReferenceLists.from(referenceData),
                new AccountCheckContext(orders, registry, resources, nationalRegistry, accounts, confirmations, domainLookup, accountId, null, Set.of()));
    }
}
