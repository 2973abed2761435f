package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.beian.application.dto.BlockingFinding;
import org.beian.application.dto.CheckReport;
import org.beian.application.dto.DeterminationView;
import org.beian.application.dto.FindingView;
import org.beian.application.security.Authorization;
import org.beian.application.security.Caller;
import org.beian.domain.model.check.catalogue.Determination;
import org.beian.domain.model.check.catalogue.Finding;
import org.beian.domain.model.check.catalogue.Severity;
import org.beian.domain.model.check.catalogue.StartFilingRequest;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingOrderRepository;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderDocument;
import org.beian.domain.model.filing.OrderType;

/** Pages and the API ask for findings here; the workflow asks here whether an order may be submitted. */
@ApplicationScoped
public class Checks {

    @Inject
    private OrderEvaluator evaluator;

    @Inject
    private FilingOrderRepository orders;

    @Inject
    private Authorization authorization;

    public CheckReport checkDraft(Caller caller, OrderType type, FilingSnapshot snapshot, String filingPassword, Locale locale) {
        long accountId = authorization.accountOf(caller).getId();
        return report(evaluator.evaluate(accountId, null, type, snapshot, filingPassword, Set.of()), locale);
    }

    public CheckReport checkOrder(Caller caller, String orderNumber, String filingPassword, Locale locale) {
        FilingOrder order = orders.getByNumber(orderNumber);
        authorization.requireOwnerOrStaff(caller, order);
        return report(evaluate(order, filingPassword), locale);
    }

    public DeterminationView determine(Caller caller, StartFilingRequest request, Locale locale) {
        Determination determination = evaluator.determine(authorization.accountOf(caller).getId(), request);
        Map<String, String> facts = new LinkedHashMap<>();
        determination.facts().forEach(f -> facts.put(f.key(), f.value()));
        return new DeterminationView(determination.type().map(Enum::name).orElse(null), determination.outcome().name(),
                determination.refused(), determination.explanation(locale), facts,
                determination.findings().stream().map(f -> FindingView.of(f, locale)).toList());
    }

    public List<BlockingFinding> blockingFindings(FilingOrder order, String filingPassword) {
        return evaluate(order, filingPassword).stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> new BlockingFinding(f.code(), f.field(), f.message(Locale.SIMPLIFIED_CHINESE))).toList();
    }

    private List<Finding> evaluate(FilingOrder order, String filingPassword) {
        Set<String> purposes = order.getDocuments().stream().map(OrderDocument::getPurpose).collect(Collectors.toSet());
        return evaluator.evaluate(order.getAccountId(), order.getId(), order.getType(), order.getSnapshot(), filingPassword, purposes);
    }

    private static CheckReport report(List<Finding> findings, Locale locale) {
        return CheckReport.of(findings.stream().map(f -> FindingView.of(f, locale)).toList());
    }
}
