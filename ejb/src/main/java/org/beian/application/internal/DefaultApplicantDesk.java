package org.beian.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.dto.CheckReport;
import org.beian.application.dto.Choice;
import org.beian.application.dto.CloudResourceView;
import org.beian.application.dto.CodeSent;
import org.beian.application.dto.CurtainView;
import org.beian.application.dto.DeterminationView;
import org.beian.application.dto.DocumentView;
import org.beian.application.dto.DomainLookup;
import org.beian.application.dto.MyOrder;
import org.beian.application.dto.ElectronicVerificationView;
import org.beian.application.dto.NewOrder;
import org.beian.application.dto.OrderProgress;
import org.beian.application.dto.OrderView;
import org.beian.application.dto.SubjectFilingView;
import org.beian.application.dto.SubjectView;
import org.beian.application.dto.SubmitRequest;
import org.beian.application.dto.VerificationPointView;
import org.beian.application.dto.WebsiteFilingView;
import org.beian.application.security.Caller;
import org.beian.domain.model.check.catalogue.StartFilingRequest;
import org.beian.domain.model.document.DocumentKind;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.VerificationMethod;
import org.beian.domain.model.filing.workflow.FieldChange;
import org.beian.domain.model.filing.workflow.OrderAction;
import org.beian.domain.model.filing.workflow.OrderStateMachine;
import org.beian.domain.model.registry.SubjectSummary;

@Stateless
@ValidateOnExecution // makes the validation extension see the constraints declared on the interface
@Interceptors(FailureTranslation.class)
public class DefaultApplicantDesk implements ApplicantDesk {

    @Inject
    private Drafts drafts;

    @Inject
    private ReferenceChoices choices;

    @Inject
    private Checks checks;

    @Inject
    private Documents documents;

    @Inject
    private ApplicantSteps steps;

    @Inject
    private ApplicantRequests requests;

    @Inject
    private Registry registry;

    @Inject
    private PrincipalMobiles principalMobiles;

    @Inject
    private OrderProgressViews progress;

    @Inject
    private RegistryOrders registryOrders;

    @Inject
    private ElectronicVerifications electronicVerifications;

    @Override
    public List<Choice> regions(String parentCode, Locale locale) {
        return choices.regions(parentCode);
    }

    @Override
    public List<Choice> natures(Locale locale) {
        return choices.natures(locale);
    }

    @Override
    public List<Choice> certificateTypes(String nature, Locale locale) {
        return choices.certificateTypes(nature, locale);
    }

    @Override
    public List<CloudResourceView> myCloudResources(Caller caller) {
        return choices.cloudResources(caller);
    }

    @Override
    public List<MyOrder> myOpenOrders(Caller caller) {
        return drafts.openOrders(caller).stream().map(o -> new MyOrder(o, OrderStateMachine.ownerActions(o.state()))).toList();
    }

    @Override
    public OrderProgress orderProgress(Caller caller, String orderNumber) {
        return progress.progress(caller, orderNumber);
    }

    @Override
    public OrderView chooseVerification(Caller caller, String orderNumber, long expectedVersion, VerificationMethod method) {
        return steps.chooseVerification(caller, orderNumber, expectedVersion, method).forOwner();
    }

    @Override
    public List<VerificationPointView> verificationPoints(Caller caller, String orderNumber) {
        return progress.verificationPoints(caller, orderNumber);
    }

    @Override
    public CurtainView myCurtain(Caller caller) {
        return requests.myCurtain(caller).orElse(null);
    }

    @Override
    public void detachDocument(Caller caller, String orderNumber, String purpose) {
        documents.detach(caller, orderNumber, purpose);
    }

    @Override
    public List<DocumentView> myDocuments(Caller caller, int first, int max) {
        return documents.library(caller, first, max);
    }

    @Override
    public byte[] documentContent(Caller caller, long documentId) {
        return documents.content(caller, documentId);
    }

    @Override
    public byte[] verificationForm(Caller caller, String orderNumber, Locale locale) {
        return drafts.verificationForm(caller, orderNumber, locale);
    }

    @Override
    public DeterminationView determine(Caller caller, StartFilingRequest request, Locale locale) {
        return checks.determine(caller, request, locale);
    }

    @Override
    public OrderView startDraft(Caller caller, NewOrder order) {
        return drafts.startDraft(caller, order).forOwner();
    }

    @Override
    public OrderView saveDraft(Caller caller, String orderNumber, long expectedVersion, FilingSnapshot snapshot) {
        return drafts.saveDraft(caller, orderNumber, expectedVersion, snapshot).forOwner();
    }

    @Override
    public OrderView getOrder(Caller caller, String orderNumber) {
        return drafts.get(caller, orderNumber).forOwner();
    }

    @Override
    public OrderView startFromRegistry(Caller caller, OrderType type, String subjectIcpNumber, String websiteIcpNumber, String clientKey) {
        return registryOrders.start(caller, type, subjectIcpNumber, websiteIcpNumber, clientKey).forOwner();
    }

    @Override
    public List<FieldChange> changesAgainstRecord(Caller caller, String orderNumber, FilingSnapshot proposed) {
        return registryOrders.changesAgainstRecord(caller, drafts.get(caller, orderNumber).type(), proposed);
    }

    @Override
    public Set<OrderAction> allowedActions(Caller caller, String orderNumber) {
        return steps.allowedActions(caller, orderNumber);
    }

    @Override
    public CheckReport checkDraft(Caller caller, OrderType type, FilingSnapshot snapshot, String filingPassword, Locale locale) {
        return checks.checkDraft(caller, type, snapshot, filingPassword, locale);
    }

    @Override
    public CheckReport checkOrder(Caller caller, String orderNumber, String filingPassword, Locale locale) {
        return checks.checkOrder(caller, orderNumber, filingPassword, locale);
    }

    @Override
    public DocumentView uploadDocument(Caller caller, DocumentKind kind, String fileName, byte[] content) {
        return documents.upload(caller, kind, fileName, content);
    }

    @Override
    public void attachDocument(Caller caller, String orderNumber, long documentId, String purpose) {
        documents.attach(caller, orderNumber, documentId, purpose);
    }

    @Override
    public OrderView submit(Caller caller, SubmitRequest request) {
        return steps.submit(caller, request).forOwner();
    }

    @Override
    public OrderView withdraw(Caller caller, String orderNumber, String reason) {
        return steps.withdraw(caller, orderNumber, reason).forOwner();
    }

    @Override
    public OrderView abandon(Caller caller, String orderNumber, String reason) {
        return steps.abandon(caller, orderNumber, reason).forOwner();
    }

    @Override
    public OrderView submitPhoto(Caller caller, String orderNumber, long documentId) {
        return steps.submitPhoto(caller, orderNumber, documentId).forOwner();
    }

    @Override
    public ElectronicVerificationView startElectronicVerification(Caller caller, String orderNumber) {
        return electronicVerifications.start(caller, orderNumber);
    }

    @Override
    public ElectronicVerificationView electronicVerification(Caller caller, String orderNumber) {
        return electronicVerifications.current(caller, orderNumber);
    }

    @Override
    public CodeSent sendPrincipalMobileCode(Caller caller, String mobile) {
        return principalMobiles.sendCode(caller, mobile);
    }

    @Override
    public void confirmPrincipalMobile(Caller caller, String mobile, String code) {
        principalMobiles.confirm(caller, mobile, code);
    }

    @Override
    public CurtainView requestCurtain(Caller caller, String recipient, String phone, String address) {
        return requests.requestCurtain(caller, recipient, phone, address);
    }

    @Override
    public void recordPublicSecurityNumber(Caller caller, String websiteIcpNumber, String number, LocalDate filedOn) {
        requests.recordPublicSecurityNumber(caller, websiteIcpNumber, number, filedOn);
    }

    @Override
    public List<SubjectSummary> mySubjects(Caller caller) {
        return registry.listMySubjects(caller);
    }

    @Override
    public SubjectView getSubject(Caller caller, String subjectIcpNumber) {
        return registry.getSubject(caller, subjectIcpNumber);
    }

    @Override
    public SubjectFilingView subjectFiling(Caller caller, String subjectIcpNumber, Locale locale) {
        return registry.subjectFiling(caller, subjectIcpNumber, locale);
    }

    @Override
    public WebsiteFilingView websiteFiling(Caller caller, String websiteIcpNumber) {
        return registry.websiteFiling(caller, websiteIcpNumber);
    }

    @Override
    public DomainLookup lookupDomain(Caller caller, String domain) {
        return registry.lookupDomain(domain);
    }
}
