package org.beian.interfaces.web.view.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.dto.SubjectView;
import org.beian.application.dto.MyOrder;
import org.beian.application.dto.OrderView;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.workflow.OrderAction;
import org.beian.domain.model.registry.SubjectSummary;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.Messages;

/**
 * Backs /portal/index.xhtml, 备案管理: the account's subject(s) with their websites, its orders in
 * progress with what can be done next, and the entry points 开始备案 and 新增网站. An empty account
 * sees the six steps of a filing instead.
 */
@Named("dashboard")
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicantDesk applicant;

    @Inject
    private Callers callers;

    private List<SubjectSummary> subjects;
    private List<SubjectView.WebsiteView> websites;
    private List<MyOrder> orders;

    public List<SubjectSummary> getSubjects() {
        if (subjects == null) {
            subjects = applicant.mySubjects(callers.current());
        }
        return subjects;
    }

    /** Every website of the account's subjects (one subject per account in practice; a few at most). */
    public List<SubjectView.WebsiteView> getWebsites() {
        if (websites == null) {
            websites = new ArrayList<>();
            for (SubjectSummary subject : getSubjects()) {
                websites.addAll(applicant.getSubject(callers.current(), subject.icpNumber()).websites());
            }
        }
        return websites;
    }

    public List<MyOrder> getOrders() {
        if (orders == null) {
            orders = applicant.myOpenOrders(callers.current());
        }
        return orders;
    }

    public boolean isNoFilings() {
        return getSubjects().isEmpty() && getOrders().isEmpty();
    }

    /** A draft or a returned order is continued in the wizard (the state machine lets its owner submit it again). */
    public boolean continuable(MyOrder order) {
        return order.allows(OrderAction.SUBMIT);
    }

    /**
     * 变更备案 / 注销主体 / 注销网站 / 取消接入 (after the confirmation dialog with the seed's warning): a draft
     * proposing the filed record; a change continues in the wizard, a cancellation on its own page.
     */
    public String startFromRegistry(String type, String subjectIcpNumber, String websiteIcpNumber) {
        OrderType orderType = OrderType.valueOf(type);
        OrderView draft = applicant.startFromRegistry(callers.current(), orderType, subjectIcpNumber, websiteIcpNumber,
                UUID.randomUUID().toString());
        return (orderType == OrderType.CHANGE ? "/portal/filing/wizard" : "/portal/filing/cancel")
                + "?faces-redirect=true&order=" + draft.orderNumber();
    }

    /** The subject of a website: its number is the website's without the "-N" (filing-process §2). */
    public String subjectOf(String websiteIcpNumber) {
        int dash = websiteIcpNumber.lastIndexOf('-');
        return dash < 0 ? websiteIcpNumber : websiteIcpNumber.substring(0, dash);
    }

    /** Cancelling access where no other provider remains leaves a shell record (空壳): the dialog says so. */
    public boolean lastProvider(SubjectView.WebsiteView website) {
        return website.accessProviders().size() <= 1;
    }

    public void withdraw(String orderNumber) {
        applicant.withdraw(callers.current(), orderNumber, Messages.text("dashboard.withdrawReason"));
        orders = null;
        Messages.info("dashboard.withdrawn", orderNumber);
    }

    public void abandon(String orderNumber) {
        applicant.abandon(callers.current(), orderNumber, Messages.text("dashboard.abandonReason"));
        orders = null;
        Messages.info("dashboard.abandoned", orderNumber);
    }
}
