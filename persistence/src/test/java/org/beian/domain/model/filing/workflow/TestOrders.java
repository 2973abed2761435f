package org.beian.domain.model.filing.workflow;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.beian.domain.model.BeijingTime;
import org.beian.domain.model.filing.CloudServiceData;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.PersonData;
import org.beian.domain.model.filing.SubjectData;
import org.beian.domain.model.filing.WebsiteData;
import org.beian.domain.model.reference.ReferenceData.CalendarDay;
import org.beian.domain.model.reference.WorkingDays;

/** Orders, actors and a calendar for the workflow tests. Every call makes new objects. */
final class TestOrders {

    static final long OWNER_ACCOUNT = 7;
    static final Actor OWNER = Actor.applicant(OWNER_ACCOUNT, "zhang.wei");
    static final Actor OTHER_APPLICANT = Actor.applicant(8, "li.na");
    static final Actor REVIEWER = Actor.reviewer("wang.fang");
    static final Actor ADMIN = Actor.admin("admin");

    static final String ORDER_NUMBER = "2509010001000";
    /** When the fixture orders were created: Monday 1 September 2025, 10:00 Beijing time. */
    static final ZonedDateTime CREATED = beijing(2025, 9, 1, 10, 0);

    private TestOrders() {}

    static ZonedDateTime beijing(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, BeijingTime.ZONE);
    }

    /** The 2025 National Day calendar: 1–8 October off, Sunday 28 September and Saturday 11 October worked. */
    static WorkingDays nationalDay2025() {
        List<CalendarDay> days = new ArrayList<>();
        for (int day = 1; day <= 8; day++) {
            days.add(new CalendarDay(LocalDate.of(2025, 10, day), false, "国庆节、中秋节"));
        }
        days.add(new CalendarDay(LocalDate.of(2025, 9, 28), true, "国庆节、中秋节调休上班"));
        days.add(new CalendarDay(LocalDate.of(2025, 10, 11), true, "国庆节、中秋节调休上班"));
        return new WorkingDays(days);
    }

    static FilingSnapshot snapshot(String websiteName, String mailingAddress) {
        PersonData principal = new PersonData("张伟", "身份证", "330106199003078519", "086-0571-88888888", "13800138000",
                "zhang.wei@example.com");
        SubjectData subject = new SubjectData("330000", "330100", "330106", "企业", "统一社会信用代码证书",
                "91330106MA27XXXXXX", "杭州示例科技有限公司", "浙江省杭州市西湖区文三路100号", "张伟", "张伟", mailingAddress,
                null, principal, null);
        WebsiteData website = new WebsiteData(websiteName, List.of("example.com"), List.of("www.example.com"), "单位门户网站",
                List.of("以上都不涉及"), List.of("中文简体"), null, true, null,
                List.of(new CloudServiceData("SERVER", "ins-0001", "203.0.113.10")), null);
        return new FilingSnapshot(subject, List.of(website));
    }

    static FilingSnapshot snapshot() {
        return snapshot("示例科技官网", "浙江省杭州市西湖区文三路100号");
    }

    /** A new draft of the owner's account that agreed to assisted correction, as a draft would be stored. */
    static FilingOrder draft(OrderType type) {
        FilingOrder order = new FilingOrder(OWNER_ACCOUNT, type, null, snapshot(), null, OWNER.name(), CREATED.toInstant());
        order.assignNumber(ORDER_NUMBER);
        order.agreeToAssistedCorrection(true);
        OrderStateMachine.draftCreated(order, CREATED);
        return order;
    }

    /**
     * An order put straight into {@code state} at {@link #CREATED}, bypassing the state machine, with
     * the expiry such a state would have.
     */
    static FilingOrder orderIn(OrderType type, OrderState state) {
        FilingOrder order = draft(type);
        if (state != OrderState.DRAFT) {
            order.moveTo(state, Actor.SYSTEM, null, CREATED.toInstant());
            order.setExpiresAt(OrderStateMachine.expiryOnEntering(state, CREATED));
        }
        return order;
    }
}
