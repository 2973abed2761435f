package org.beian.interfaces.web.view.ministry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beian.infrastructure.bureau.simulator.MinistrySmsCheck;
import org.beian.interfaces.web.i18n.Messages;

/**
 * Backs /ministry/verify.xhtml, the stand-in for the ministry's SMS verification page: the responsible
 * person enters the code texted from 12381 with the mobile number and the last 6 characters of the ID.
 * The page validates the fields (required, format) with messages from the UI bundle.
 */
@Named("ministryVerify")
@RequestScoped
public class VerifyBacking {

    @Inject
    private MinistrySmsCheck smsChecks;

    private String mobile;

    private String code;

    private String idLast6;

    public void verify() {
        MinistrySmsCheck.Result result = smsChecks.verify(mobile, code, idLast6);
        String key = "ministry.result." + result.outcome().name();
        switch (result.outcome()) {
            case VERIFIED, ALL_VERIFIED -> Messages.info(key, result.orderNumber(), result.attemptsLeft());
            default -> Messages.error(null, key, result.orderNumber(), result.attemptsLeft());
        }
        code = null;
    }

    public void resend() {
        MinistrySmsCheck.Result result = smsChecks.resend(mobile);
        String key = result.outcome() == MinistrySmsCheck.Outcome.NO_OPEN_CHECK ? "ministry.result.NO_OPEN_CHECK"
                : result.attemptsLeft() > 0 || result.outcome() == MinistrySmsCheck.Outcome.VERIFIED ? "ministry.resent" : "ministry.resendLimit";
        Messages.info(key, result.attemptsLeft());
    }

    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getIdLast6() { return idLast6; }
    public void setIdLast6(String idLast6) { this.idLast6 = idLast6; }
}
