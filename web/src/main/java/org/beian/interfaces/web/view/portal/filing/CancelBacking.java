package org.beian.interfaces.web.view.portal.filing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.beian.application.ChecksFailedException;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.dto.FindingView;
import org.beian.application.dto.OrderView;
import org.beian.application.dto.SubmitRequest;
import org.beian.domain.model.filing.OrderType;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.LocaleSelection;
import org.beian.interfaces.web.i18n.Messages;

/**
 * Backs /portal/filing/cancel.xhtml: a cancellation (取消接入, 注销网站, 注销主体) as its draft proposes it —
 * what is cancelled, the catalogue's warnings (the shell record, unreachable domains, websites going with
 * the subject), the filing password where the type needs it (checked on its field), and 提交申请.
 */
@Named("cancelPage")
@ViewScoped
public class CancelBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PASSWORD = "extras.filingPassword";

    @Inject
    private ApplicantDesk applicant;

    @Inject
    private Callers callers;

    @Inject
    private LocaleSelection localeSelection;

    private String orderNumber;
    private OrderView order;
    private String filingPassword;
    private boolean acknowledged;
    private List<FindingView> findings = List.of();
    /** The language the findings were written in, and whether the password counted: a language switch checks again. */
    private java.util.Locale checkedIn;
    private boolean checkedWithPassword;
    private final String clientKey = UUID.randomUUID().toString();

    /** f:viewAction: the dashboard, for an order that is no cancellation or no longer a draft. */
    public String load() {
        if (orderNumber == null || orderNumber.isBlank()) {
            return "/portal/index?faces-redirect=true";
        }
        order = applicant.getOrder(callers.current(), orderNumber);
        if (!order.type().isCancellation()) {
            return "/portal/filing/wizard?faces-redirect=true&order=" + orderNumber;
        }
        if (!order.state().isEditable()) {
            return "/portal/order?faces-redirect=true&order=" + orderNumber;
        }
        check(false);
        return null;
    }

    /** Leaving the password field: the catalogue proves it (a wrong one is told there, nothing else is lost). */
    public void passwordLeft() {
        check(true);
    }

    public String submit() {
        if (!acknowledged) {
            Messages.error("cancel:acknowledged", "cancel.acknowledge.required");
            return null;
        }
        try {
            OrderView submitted = applicant.submit(callers.current(),
                    new SubmitRequest(orderNumber, order.version(), true, clientKey, blankToNull(filingPassword)));
            return "/portal/order?faces-redirect=true&submitted=true&order=" + submitted.orderNumber();
        } catch (ChecksFailedException e) {
            check(true);
            Messages.error(null, e.getMessageKey(), e.getArguments());
            return null;
        }
    }

    private void check(boolean withPassword) {
        checkedIn = localeSelection.getLocale();
        checkedWithPassword = withPassword;
        List<FindingView> all = applicant.checkOrder(callers.current(), orderNumber, blankToNull(filingPassword),
                localeSelection.getLocale()).findings();
        List<FindingView> shown = new ArrayList<>();
        for (FindingView finding : all) {
            // The password is asked for on its field: "required" only once the applicant tried.
            if (!PASSWORD.equals(finding.field()) || withPassword) {
                shown.add(finding);
            }
        }
        findings = shown;
    }

    /** The findings in the page's language now (after a switch of language they are checked again). */
    private List<FindingView> findings() {
        if (!localeSelection.getLocale().equals(checkedIn)) {
            check(checkedWithPassword);
        }
        return findings;
    }

    public List<FindingView> findingsOn(String field) {
        return findings().stream().filter(f -> f.field().equals(field)).toList();
    }

    /** Everything but the password's findings: the warnings about what the cancellation does. */
    public List<FindingView> getConsequences() {
        return findings().stream().filter(f -> !PASSWORD.equals(f.field())).toList();
    }

    public boolean isPasswordNeeded() {
        return order.type() == OrderType.CANCEL_SUBJECT;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public OrderView getOrder() { return order; }
    public String getOrderNumber() { return orderNumber; }
    public void setOrderNumber(String orderNumber) { this.orderNumber = orderNumber; }
    public String getFilingPassword() { return filingPassword; }
    public void setFilingPassword(String filingPassword) { this.filingPassword = filingPassword; }
    public boolean isAcknowledged() { return acknowledged; }
    public void setAcknowledged(boolean acknowledged) { this.acknowledged = acknowledged; }
}
