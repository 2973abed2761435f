package org.beian.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.executable.ValidateOnExecution;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.beian.application.desk.ReviewerDesk;
import org.beian.application.dto.ChangesSinceRejection;
import org.beian.application.dto.CheckReport;
import org.beian.application.dto.Choice;
import org.beian.application.dto.ClaimView;
import org.beian.application.dto.DashboardView;
import org.beian.application.dto.ReasonTemplateView;
import org.beian.application.dto.OrderView;
import org.beian.application.dto.QueuePage;
import org.beian.application.dto.RemarkInput;
import org.beian.application.dto.SubjectView;
import org.beian.application.security.Caller;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.QueueCursor;
import org.beian.domain.model.filing.QueueFilter;
import org.beian.domain.model.filing.workflow.OrderAction;

@Stateless
@ValidateOnExecution // makes the validation extension see the constraints declared on the interface
@Interceptors(FailureTranslation.class)
public class DefaultReviewerDesk implements ReviewerDesk {

    @Inject
    private Documents documents;

    @Inject
    private ReferenceChoices choices;

    @Inject
    private ReviewSteps steps;

    @Inject
    private ApplicantSteps applicantSteps;

    @Inject
    private Drafts drafts;

    @Inject
    private Checks checks;

    @Inject
    private Registry registry;

    @Override
    public QueuePage queue(Caller caller, QueueFilter filter, QueueCursor after, int size) {
        return steps.queue(caller, filter, after, size);
    }

    @Inject
    private Dashboards dashboards;

    @Inject
    private ReasonTemplates reasonTemplates;

    @Override
    public DashboardView dashboard(Caller caller, Locale locale) {
        return dashboards.dashboard(caller, locale);
    }

    @Override
    public List<ReasonTemplateView> reasonTemplates(Caller caller) {
        ReviewSteps.requireStaff(caller);
        return reasonTemplates.active();
    }

    @Override
    public ChangesSinceRejection changesSinceRejection(Caller caller, String orderNumber) {
        return steps.changesSinceRejection(caller, orderNumber);
    }

    @Override
    public List<Choice> natures(Locale locale) {
        return choices.natures(locale);
    }

    @Override
    public List<Choice> provinces() {
        return choices.regions(null);
    }

    @Override
    public OrderView getOrder(Caller caller, String orderNumber) {
        ReviewSteps.requireStaff(caller);
        return drafts.get(caller, orderNumber);
    }

    @Override
    public CheckReport checkOrder(Caller caller, String orderNumber, Locale locale) {
        ReviewSteps.requireStaff(caller);
        return checks.checkOrder(caller, orderNumber, null, locale);
    }

    @Override
    public SubjectView getSubject(Caller caller, String subjectIcpNumber) {
        ReviewSteps.requireStaff(caller);
        return registry.getSubject(caller, subjectIcpNumber);
    }

    @Override
    public Set<OrderAction> allowedActions(Caller caller, String orderNumber) {
        ReviewSteps.requireStaff(caller);
        return applicantSteps.allowedActions(caller, orderNumber);
    }

    @Override
    public byte[] documentContent(Caller caller, long documentId) {
        ReviewSteps.requireStaff(caller);
        return documents.content(caller, documentId);
    }

    @Override
    public ClaimView claimOf(Caller caller, String orderNumber) {
        return steps.claimOf(caller, orderNumber);
    }

    @Override
    public OrderView claim(Caller caller, String orderNumber) {
        return steps.claim(caller, orderNumber);
    }

    @Override
    public void release(Caller caller, String orderNumber) {
        steps.release(caller, orderNumber);
    }

    @Override
    public OrderView approveInitial(Caller caller, String orderNumber, String note) {
        return steps.approveInitial(caller, orderNumber, note);
    }

    @Override
    public OrderView rejectInitial(Caller caller, String orderNumber, List<RemarkInput> remarks) {
        return steps.rejectInitial(caller, orderNumber, remarks);
    }

    @Override
    public OrderView correct(Caller caller, String orderNumber, FilingSnapshot corrected, String reason) {
        return steps.correct(caller, orderNumber, corrected, reason);
    }

    @Override
    public OrderView approvePhoto(Caller caller, String orderNumber) {
        return steps.approvePhoto(caller, orderNumber);
    }

    @Override
    public OrderView rejectPhoto(Caller caller, String orderNumber, String reason) {
        return steps.rejectPhoto(caller, orderNumber, reason);
    }

    @Override
    public List<OrderView> submitToBureau(Caller caller, List<String> orderNumbers) {
        return steps.submitToBureau(caller, orderNumbers);
    }
}
