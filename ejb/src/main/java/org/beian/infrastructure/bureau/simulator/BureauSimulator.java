package org.beian.infrastructure.bureau.simulator;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.beian.application.desk.BureauDesk;
import org.beian.application.port.BureauSubmission;
import org.beian.application.port.OutgoingSms;
import org.beian.domain.model.filing.FilingOrderRepository;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.PersonData;
import org.beian.domain.model.filing.SmsCheckParties;
import org.beian.infrastructure.bureau.simulator.model.BureauCase;
import org.beian.infrastructure.bureau.simulator.model.BureauCaseRepository;
import org.beian.infrastructure.bureau.simulator.model.SmsCheck;
import org.beian.infrastructure.sms.RecordingSmsGateway;

/**
 * Plays the ministry and the provincial bureau for an order handed over: sends the SMS check to the
 * people the order type requires (6-digit code valid 24 h, at most 3 resends, the attempt after 5
 * wrong codes returns the order), then, after the configured delay, lets {@link BureauDecisions}
 * decide. Everything it keeps is in the database, so any instance of a cluster can continue a case.
 */
@Stateless
@LocalBean
@Local(MinistrySmsCheck.class)
public class BureauSimulator implements MinistrySmsCheck {

    private static final Logger LOG = Logger.getLogger(BureauSimulator.class.getName());
    private static final Duration CODE_VALIDITY = Duration.ofHours(24);
    private static final String MINISTRY = "12381";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private BureauCaseRepository cases;

    /**
     * Always the recording stand-in, whatever {@code beian.sms.gateway} says: these are the ministry's
     * SMS (sender 12381), which the real ministry sends itself; Beian's SMS provider must never send
     * them.
     */
    @Inject
    private RecordingSmsGateway sms;

    @Inject
    private SimulatorSettings settings;

    @Inject
    private BureauDesk outcomes;

    @Inject
    private FilingOrderRepository orders;

    /**
     * A submission arrives. The same submission delivered twice changes nothing; an order submitted again
     * after a rejection or a failed SMS check starts a new case.
     */
    public void receive(BureauSubmission submission) {
        if (!settings.enabled()) {
            LOG.severe(() -> "Order " + submission.orderNumber() + " is at the bureau, but the bureau simulator is off "
                    + "and no real bureau gateway is configured");
            return;
        }
        BureauCase earlier = cases.findByOrder(submission.orderNumber()).orElse(null);
        if (earlier != null) {
            boolean open = earlier.getState() == BureauCase.State.SMS_CHECK || earlier.getState() == BureauCase.State.DECIDING;
            boolean atBureau = orders.findByNumber(submission.orderNumber()).map(o -> o.getState() == OrderState.AT_BUREAU).orElse(false);
            if (open || !atBureau) {
                return; // a redelivery of a submission already handled
            }
            cases.remove(earlier);
        }
        Instant now = Instant.now();
        BureauCase bureauCase = new BureauCase(submission.orderNumber(), submission.type().name(), submission.provinceCode(), now);
        cases.add(bureauCase);
        for (Map.Entry<String, PersonData> person : SmsCheckParties.of(submission.type(), submission.snapshot()).entrySet()) {
            String code = newCode();
            PersonData p = person.getValue();
            String certificate = p.certificateNumber() == null ? "" : p.certificateNumber();
            bureauCase.addCheck(person.getKey(), p.name(), p.mobile(),
                    certificate.length() >= 6 ? certificate.substring(certificate.length() - 6).toUpperCase() : certificate,
                    hash(bureauCase.getOrderNumber(), code), now, now.plus(CODE_VALIDITY));
            sms.send(new OutgoingSms(p.mobile(), codeMessage(code, submission.orderNumber()), MINISTRY, null));
        }
        if (bureauCase.getChecks().isEmpty()) {
            bureauCase.startDeciding(now.plusSeconds(settings.decisionDelaySeconds()));
        }
    }

    @Override
    public Result verify(String mobile, String code, String idLast6) {
        List<SmsCheck> open = cases.listOpenChecksByMobile(mobile);
        if (open.isEmpty()) {
            return new Result(Outcome.NO_OPEN_CHECK, null, 0);
        }
        SmsCheck check = open.get(0);
        BureauCase bureauCase = check.getBureauCase();
        Instant now = Instant.now();
        if (check.isExpired(now)) {
            return new Result(Outcome.EXPIRED, bureauCase.getOrderNumber(), 0);
        }
        if (check.getWrongAttempts() >= SmsCheck.MAX_WRONG_ATTEMPTS) {
            returnToProvider(bureauCase, "短信核验失败：验证码连续输入错误超过" + SmsCheck.MAX_WRONG_ATTEMPTS + "次", now);
            return new Result(Outcome.RETURNED_TO_PROVIDER, bureauCase.getOrderNumber(), 0);
        }
        boolean right = check.getCodeHash().equals(hash(bureauCase.getOrderNumber(), code))
                && check.getIdLast6().equalsIgnoreCase(idLast6);
        if (!right) {
            check.wrongAttempt();
            return new Result(Outcome.WRONG, bureauCase.getOrderNumber(),
                    Math.max(0, SmsCheck.MAX_WRONG_ATTEMPTS - check.getWrongAttempts()));
        }
        check.verified(now);
        if (bureauCase.allVerified()) {
            bureauCase.startDeciding(now.plusSeconds(settings.decisionDelaySeconds()));
            outcomes.smsCheckPassed(bureauCase.getOrderNumber());
            return new Result(Outcome.ALL_VERIFIED, bureauCase.getOrderNumber(), 0);
        }
        return new Result(Outcome.VERIFIED, bureauCase.getOrderNumber(), 0);
    }

    @Override
    public Result resend(String mobile) {
        List<SmsCheck> open = cases.listOpenChecksByMobile(mobile);
        if (open.isEmpty()) {
            return new Result(Outcome.NO_OPEN_CHECK, null, 0);
        }
        SmsCheck check = open.get(0);
        if (check.getResends() >= SmsCheck.MAX_RESENDS) {
            return new Result(Outcome.WRONG, check.getBureauCase().getOrderNumber(), 0);
        }
        String code = newCode();
        Instant now = Instant.now();
        check.resent(hash(check.getBureauCase().getOrderNumber(), code), now, now.plus(CODE_VALIDITY));
        sms.send(new OutgoingSms(mobile, codeMessage(code, check.getBureauCase().getOrderNumber()), MINISTRY, null));
        return new Result(Outcome.VERIFIED, check.getBureauCase().getOrderNumber(), SmsCheck.MAX_RESENDS - check.getResends());
    }

    /** The SMS check failed: the case closes and the order goes back to the provider, in one transaction. */
    void returnToProvider(BureauCase bureauCase, String reason, Instant now) {
        bureauCase.returnToProvider(reason, now);
        outcomes.smsCheckFailed(bureauCase.getOrderNumber(), reason);
    }

    private String codeMessage(String code, String orderNumber) {
        return "【工信部ICP/IP地址/域名信息备案管理系统】您的短信核验码为" + code + "，24小时内有效。请访问 "
                + settings.publicUrl() + "ministry/verify.xhtml 输入核验码、手机号码和证件号码后六位完成核验。订单号：" + orderNumber;
    }

    private static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /** Codes are kept hashed, salted with the order number. */
    static String hash(String salt, String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((salt + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
