package org.beian.infrastructure.bureau.simulator;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.beian.application.desk.BureauDesk;
import org.beian.application.dto.BureauApproval;
import org.beian.application.port.OutgoingSms;
import org.beian.application.port.PasswordHashing;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingOrderRepository;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.WebsiteData;
import org.beian.domain.model.national.NationalRegistry;
import org.beian.domain.model.reference.ReferenceData;
import org.beian.domain.model.registry.RegistryRepository;
import org.beian.domain.model.registry.Website;
import org.beian.infrastructure.bureau.simulator.model.BureauCase;
import org.beian.infrastructure.bureau.simulator.model.BureauCaseRepository;
import org.beian.infrastructure.bureau.simulator.model.IcpNumberIssue;
import org.beian.infrastructure.sms.RecordingSmsGateway;

/**
 * The simulated bureau's decision on one case, each in a transaction of its own so one bad case
 * cannot hold up the others. Two instances deciding the same case: the case's version lets one win.
 * Approves by default; rejects when a name contains the configured trigger. Issues numbers in the
 * real formats: province abbreviation + ICP备 + 8 digits + 号, websites -N.
 */
@Stateless
public class BureauDecisions {

    private static final int BATCH = 50;
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";

    @Inject
    private BureauCaseRepository cases;

    @Inject
    private BureauDesk outcomes;

    @Inject
    private FilingOrderRepository orders;

    @Inject
    private RegistryRepository registry;

    @Inject
    private NationalRegistry nationalRegistry;

    @Inject
    private ReferenceData referenceData;

    @Inject
    private PasswordHashing passwordHashing;

    /**
     * Always the recording stand-in, whatever {@code beian.sms.gateway} says: the filing password is the
     * ministry's SMS (sender 12381), which the real ministry sends itself; Beian's SMS provider must
     * never send it.
     */
    @Inject
    private RecordingSmsGateway sms;

    @Inject
    private SimulatorSettings settings;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> dueCases(Instant now) {
        return cases.listDue(now, BATCH);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> casesWithExpiredChecks(Instant now) {
        return cases.listWithExpiredChecks(now, BATCH);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void decide(long caseId) {
        BureauCase bureauCase = cases.find(caseId).orElse(null);
        if (bureauCase == null || bureauCase.getState() != BureauCase.State.DECIDING) {
            return;
        }
        Instant now = Instant.now();
        FilingOrder order = orders.getByNumber(bureauCase.getOrderNumber());
        String trigger = settings.rejectTrigger();
        if (!trigger.isEmpty() && mentions(order.getSnapshot(), trigger)) {
            String reason = "网站名称或主办单位名称不符合要求（" + trigger + "）";
            bureauCase.decide(BureauCase.Decision.REJECT, reason, now);
            outcomes.rejected(order.getOrderNumber(), reason);
        } else {
            bureauCase.decide(BureauCase.Decision.APPROVE, null, now);
            outcomes.approved(order.getOrderNumber(), approval(order, now));
        }
        cases.flush();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void timeOut(long caseId) {
        BureauCase bureauCase = cases.find(caseId).orElse(null);
        if (bureauCase == null || bureauCase.getState() != BureauCase.State.SMS_CHECK) {
            return;
        }
        String reason = "短信核验超时（24小时内未完成核验）";
        bureauCase.returnToProvider(reason, Instant.now());
        outcomes.smsCheckFailed(bureauCase.getOrderNumber(), reason);
        cases.flush();
    }

    private BureauApproval approval(FilingOrder order, Instant now) {
        FilingSnapshot snapshot = order.getSnapshot();
        OrderType type = order.getType();
        String subjectNumber;
        int firstWebsiteIndex;
        String passwordHash = null;
        switch (type) {
            case FIRST_FILING -> {
                IcpNumberIssue issue = new IcpNumberIssue(order.getOrderNumber(), now);
                cases.add(issue);
                String abbreviation = referenceData.findProvince(order.getProvinceCode()).orElseThrow().abbreviation();
                subjectNumber = abbreviation + "ICP备" + String.format("%08d", issue.getId()) + "号";
                firstWebsiteIndex = 1;
                String password = newPassword();
                passwordHash = passwordHashing.hash(password);
                sms.send(new OutgoingSms(snapshot.subject().principal().mobile(), "【工信部ICP备案】您的备案已通过，主体备案号" + subjectNumber
                        + "，备案密码为" + password + "，请妥善保管。", "12381", null));
            }
            case ADD_WEBSITE_SUBJECT_HERE -> {
                subjectNumber = registry.findSubject(order.getSubjectId()).orElseThrow().getIcpNumber();
                firstWebsiteIndex = nextWebsiteIndex(subjectNumber, order.getSubjectId());
            }
            case ADD_WEBSITE_SUBJECT_ELSEWHERE -> {
                subjectNumber = nationalRegistry.findSubject(snapshot.subject().certificateType(), snapshot.subject().certificateNumber())
                        .orElseThrow().icpNumber();
                firstWebsiteIndex = nationalRegistry.listWebsitesOf(subjectNumber).size() + 1;
            }
            case ACCESS -> {
                subjectNumber = snapshot.subject().icpNumber();
                List<String> numbers = new ArrayList<>();
                for (WebsiteData website : snapshot.websites()) {
                    numbers.add(website.icpNumber() != null ? website.icpNumber()
                            : nationalRegistry.findByDomain(website.domains().get(0)).orElseThrow().icpNumber());
                }
                return new BureauApproval(subjectNumber, numbers, null);
            }
            default -> {
                subjectNumber = registry.findSubject(order.getSubjectId()).orElseThrow().getIcpNumber();
                return new BureauApproval(subjectNumber, List.of(), null);
            }
        }
        List<String> websiteNumbers = new ArrayList<>();
        for (int i = 0; i < snapshot.websites().size(); i++) {
            websiteNumbers.add(subjectNumber + "-" + (firstWebsiteIndex + i));
        }
        return new BureauApproval(subjectNumber, websiteNumbers, passwordHash);
    }

    private int nextWebsiteIndex(String subjectNumber, long subjectId) {
        int max = 0;
        for (Website website : registry.listWebsitesOfSubject(subjectId)) {
            String number = website.getIcpNumber();
            int dash = number.lastIndexOf('-');
            if (dash > 0 && number.startsWith(subjectNumber)) {
                max = Math.max(max, Integer.parseInt(number.substring(dash + 1)));
            }
        }
        return max + 1;
    }

    private static boolean mentions(FilingSnapshot snapshot, String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        if (snapshot.subject() != null && snapshot.subject().name() != null && snapshot.subject().name().toLowerCase(Locale.ROOT).contains(needle)) {
            return true;
        }
        return snapshot.websites().stream().anyMatch(w -> w.name() != null && w.name().toLowerCase(Locale.ROOT).contains(needle));
    }

    private static String newPassword() {
        java.security.SecureRandom random = new java.security.SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
