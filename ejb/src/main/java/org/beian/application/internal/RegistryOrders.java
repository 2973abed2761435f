package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.beian.application.BusinessException;
import org.beian.application.NotFoundException;
import org.beian.application.dto.NewOrder;
import org.beian.application.dto.OrderView;
import org.beian.application.dto.SubjectView;
import org.beian.application.security.Caller;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.WebsiteData;
import org.beian.domain.model.filing.workflow.FieldChange;
import org.beian.domain.model.filing.workflow.SnapshotChanges;

/**
 * Orders that start from what the registry holds: a change filing (变更备案) of the subject or of one
 * website, and the three cancellations. The draft proposes the filed record as it is; the applicant
 * then edits only what changes (a change) or just confirms (a cancellation).
 */
@ApplicationScoped
public class RegistryOrders {

    @Inject
    private Registry registry;

    @Inject
    private Drafts drafts;

    /**
     * A draft of {@code type} for the caller's filed subject, and for one of its websites where the type
     * concerns a website (cancel access, cancel website; a change of the website).
     */
    public OrderView start(Caller caller, OrderType type, String subjectIcpNumber, String websiteIcpNumber, String clientKey) {
        if (type != OrderType.CHANGE && !type.isCancellation()) {
            throw new BusinessException("error.registryOrder.type", type.name());
        }
        boolean website = type == OrderType.CANCEL_ACCESS || type == OrderType.CANCEL_WEBSITE
                || (type == OrderType.CHANGE && websiteIcpNumber != null && !websiteIcpNumber.isBlank());
        if (website && (websiteIcpNumber == null || websiteIcpNumber.isBlank())) {
            throw new BusinessException("error.registryOrder.websiteRequired", type.name());
        }
        SubjectView subject = registry.getSubject(caller, subjectIcpNumber);
        return drafts.startDraft(caller, new NewOrder(type, subjectIcpNumber, record(subject, website ? websiteIcpNumber : null),
                clientKey));
    }

    /**
     * What the order changes against the filed record (a change filing's edited fields, to mark them on
     * the page): empty for an order that does not start from the registry.
     */
    public List<FieldChange> changesAgainstRecord(Caller caller, OrderType type, FilingSnapshot proposed) {
        if (type != OrderType.CHANGE || proposed.subject() == null || proposed.subject().icpNumber() == null) {
            return List.of();
        }
        SubjectView subject = registry.getSubject(caller, proposed.subject().icpNumber());
        List<WebsiteData> filed = new ArrayList<>();
        for (WebsiteData website : proposed.websites()) {
            filed.add(website.icpNumber() == null ? null : find(subject, website.icpNumber()).map(SubjectView.WebsiteView::data).orElse(null));
        }
        if (filed.contains(null)) {
            // A website that is not filed yet: everything about it is new; compare the subject only.
            return SnapshotChanges.between(new FilingSnapshot(subject.data(), List.of()),
                    new FilingSnapshot(proposed.subject(), List.of()));
        }
        return SnapshotChanges.between(new FilingSnapshot(subject.data(), filed), proposed);
    }

    private static FilingSnapshot record(SubjectView subject, String websiteIcpNumber) {
        if (websiteIcpNumber == null) {
            return new FilingSnapshot(subject.data(), List.of());
        }
        SubjectView.WebsiteView website = find(subject, websiteIcpNumber)
                .orElseThrow(() -> new NotFoundException("website", websiteIcpNumber));
        return new FilingSnapshot(subject.data(), List.of(website.data()));
    }

    private static Optional<SubjectView.WebsiteView> find(SubjectView subject, String websiteIcpNumber) {
        return subject.websites().stream().filter(w -> websiteIcpNumber.equals(w.icpNumber())).findFirst();
    }
}
