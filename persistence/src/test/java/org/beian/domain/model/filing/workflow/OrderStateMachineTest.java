package org.beian.domain.model.filing.workflow;

import static org.beian.domain.model.filing.workflow.OrderAction.ABANDON;
import static org.beian.domain.model.filing.workflow.OrderAction.APPROVE_INITIAL;
import static org.beian.domain.model.filing.workflow.OrderAction.APPROVE_PHOTO;
import static org.beian.domain.model.filing.workflow.OrderAction.BUREAU_APPROVE;
import static org.beian.domain.model.filing.workflow.OrderAction.BUREAU_REJECT;
import static org.beian.domain.model.filing.workflow.OrderAction.CORRECT_ASSISTED;
import static org.beian.domain.model.filing.workflow.OrderAction.EXPIRE;
import static org.beian.domain.model.filing.workflow.OrderAction.REJECT_INITIAL;
import static org.beian.domain.model.filing.workflow.OrderAction.REJECT_PHOTO;
import static org.beian.domain.model.filing.workflow.OrderAction.SMS_CHECK_FAILED;
import static org.beian.domain.model.filing.workflow.OrderAction.SUBMIT;
import static org.beian.domain.model.filing.workflow.OrderAction.SUBMIT_PHOTO;
import static org.beian.domain.model.filing.workflow.OrderAction.SUBMIT_TO_BUREAU;
import static org.beian.domain.model.filing.workflow.OrderAction.WITHDRAW;
import static org.beian.domain.model.filing.workflow.TestOrders.CREATED;
import static org.beian.domain.model.filing.workflow.TestOrders.ORDER_NUMBER;
import static org.beian.domain.model.filing.workflow.TestOrders.OTHER_APPLICANT;
import static org.beian.domain.model.filing.workflow.TestOrders.OWNER;
import static org.beian.domain.model.filing.workflow.TestOrders.REVIEWER;
import static org.beian.domain.model.filing.workflow.TestOrders.beijing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderHistoryEntry;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.WebsiteData;
import org.beian.domain.model.reference.ProvinceRule;
import org.beian.domain.model.reference.ProvinceRules;
import org.beian.domain.model.reference.WorkingDays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderStateMachineTest {

    private static final WorkingDays DAYS = TestOrders.nationalDay2025();
    private static final String BUREAU_DAYS_KEY = "bureau.review_working_days";

    private static Transition apply(FilingOrder order, OrderAction action, Actor actor, String reason, ZonedDateTime now) {
        return OrderStateMachine.apply(order, action, actor, reason, now, DAYS, 20);
    }

    private static Instant midnightAfter(int year, int month, int day) {
        return beijing(year, month, day, 0, 0).plusDays(1).toInstant();
    }

    @Nested
    class Paths {

        @Test
        void firstFilingFromDraftToApprovalThroughAFailedSmsCheck() {
            FilingOrder order = TestOrders.draft(OrderType.FIRST_FILING);
            ZonedDateTime now = CREATED;
            List<String> events = new ArrayList<>();
            events.add(apply(order, SUBMIT, OWNER, null, now = now.plusHours(1)).eventType());
            events.add(apply(order, APPROVE_INITIAL, REVIEWER, null, now = now.plusHours(3)).eventType());
            events.add(apply(order, SUBMIT_PHOTO, OWNER, null, now = now.plusDays(1)).eventType());
            events.add(apply(order, REJECT_PHOTO, REVIEWER, "背景不是幕布", now = now.plusHours(2)).eventType());
            events.add(apply(order, SUBMIT_PHOTO, OWNER, null, now = now.plusHours(5)).eventType());
            events.add(apply(order, APPROVE_PHOTO, REVIEWER, null, now = now.plusHours(1)).eventType());
            events.add(apply(order, SUBMIT_TO_BUREAU, REVIEWER, null, now = now.plusHours(1)).eventType());
            events.add(apply(order, SMS_CHECK_FAILED, Actor.BUREAU, "24 h timeout", now = now.plusDays(1)).eventType());
            events.add(apply(order, SUBMIT_TO_BUREAU, REVIEWER, null, now = now.plusHours(2)).eventType());
            events.add(apply(order, BUREAU_APPROVE, Actor.BUREAU, null, now = now.plusDays(5)).eventType());

            assertEquals(List.of(OrderEvents.ORDER_SUBMITTED, OrderEvents.INITIAL_REVIEW_APPROVED, OrderEvents.PHOTO_SUBMITTED,
                    OrderEvents.PHOTO_REJECTED, OrderEvents.PHOTO_SUBMITTED, OrderEvents.PHOTO_APPROVED,
                    OrderEvents.SUBMITTED_TO_BUREAU, OrderEvents.SMS_CHECK_FAILED, OrderEvents.SUBMITTED_TO_BUREAU,
                    OrderEvents.BUREAU_APPROVED), events);
            assertEquals(List.of(OrderState.DRAFT, OrderState.SUBMITTED, OrderState.AWAITING_PHOTO, OrderState.PHOTO_SUBMITTED,
                    OrderState.PHOTO_REJECTED, OrderState.PHOTO_SUBMITTED, OrderState.AWAITING_BUREAU, OrderState.AT_BUREAU,
                    OrderState.AWAITING_BUREAU, OrderState.AT_BUREAU, OrderState.APPROVED),
                    order.getHistory().stream().map(OrderHistoryEntry::getToState).toList());
            assertEquals(now.toInstant(), order.getCompletedAt());
            assertNull(order.getReviewDueAt());
            assertNull(order.getBureauDueAt());
            assertNull(order.getExpiresAt());
            assertEquals(Set.of(), OrderStateMachine.allowedActions(order, OWNER));
        }

        @ParameterizedTest
        @EnumSource(value = OrderType.class, names = {"CANCEL_ACCESS", "CANCEL_WEBSITE", "CANCEL_SUBJECT"})
        void cancellationsSkipThePhotoSteps(OrderType type) {
            FilingOrder order = TestOrders.draft(type);
            apply(order, SUBMIT, OWNER, null, CREATED);
            Transition approved = apply(order, APPROVE_INITIAL, REVIEWER, null, CREATED.plusHours(2));

            assertEquals(OrderState.AWAITING_BUREAU, approved.to());
            assertFalse(OrderStateMachine.allowedActions(order, OWNER).contains(SUBMIT_PHOTO));
            assertEquals(Set.of(SUBMIT_TO_BUREAU), OrderStateMachine.allowedActions(order, REVIEWER));
            apply(order, SUBMIT_TO_BUREAU, REVIEWER, null, CREATED.plusHours(3));
            apply(order, BUREAU_APPROVE, Actor.BUREAU, null, CREATED.plusDays(4));
            assertEquals(OrderState.APPROVED, order.getState());
        }

        @ParameterizedTest
        @EnumSource(value = OrderType.class, names = {"CANCEL_ACCESS", "CANCEL_WEBSITE", "CANCEL_SUBJECT"},
                mode = EnumSource.Mode.EXCLUDE)
        void otherTypesGoThroughPhotoVerification(OrderType type) {
            FilingOrder order = TestOrders.draft(type);
            apply(order, SUBMIT, OWNER, null, CREATED);
            assertEquals(OrderState.AWAITING_PHOTO, apply(order, APPROVE_INITIAL, REVIEWER, null, CREATED.plusHours(2)).to());
            assertEquals(Set.of(SUBMIT_PHOTO, ABANDON), OrderStateMachine.allowedActions(order, OWNER));
        }

        @Test
        void aBureauRejectedOrderIsEditedAndResubmittedForInitialReview() {
            FilingOrder order = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.AT_BUREAU);
            apply(order, BUREAU_REJECT, Actor.BUREAU, "网站名称不符合要求", CREATED.plusDays(3));
            assertTrue(order.getState().isEditable());
            FilingSnapshot edited = TestOrders.snapshot("示例科技官方网站", "浙江省杭州市西湖区文三路100号");
            order.replaceSnapshot(edited, CREATED.plusDays(4).toInstant());

            assertEquals(OrderState.SUBMITTED, apply(order, SUBMIT, OWNER, null, CREATED.plusDays(4)).to());
            assertEquals(edited, order.getSnapshot());
        }
    }

    @Nested
    class Deadlines {

        @Test
        void initialReviewDeadlineSkipsNationalDay() {
            FilingOrder order = TestOrders.draft(OrderType.FIRST_FILING);
            ZonedDateTime now = beijing(2025, 9, 30, 15, 0);
            Transition submitted = apply(order, SUBMIT, OWNER, null, now);

            // 1–8 October are off: the first working day after 30 September is Thursday 9 October.
            assertEquals(midnightAfter(2025, 10, 9), order.getReviewDueAt());
            assertEquals(order.getReviewDueAt(), submitted.reviewDueAt());
            assertEquals(now.toInstant(), order.getSubmittedAt());
        }

        @Test
        void initialReviewDeadlineCountsAWorkedSunday() {
            FilingOrder order = TestOrders.draft(OrderType.FIRST_FILING);
            apply(order, SUBMIT, OWNER, null, beijing(2025, 9, 27, 11, 0));

            assertEquals(midnightAfter(2025, 9, 28), order.getReviewDueAt());
        }

        @Test
        void initialReviewDeadlineCountsFromTheBeijingDay() {
            FilingOrder order = TestOrders.draft(OrderType.FIRST_FILING);
            // 16:30 UTC on Thursday 9 October is 00:30 on Friday 10 October in Beijing; the next working
            // day is the worked Saturday 11 October (counted from the UTC day it would be Friday).
            apply(order, SUBMIT, OWNER, null, ZonedDateTime.of(2025, 10, 9, 16, 30, 0, 0, ZoneOffset.UTC));

            assertEquals(midnightAfter(2025, 10, 11), order.getReviewDueAt());
        }

        @Test
        void photoReReviewDeadlineKeepsTheSubmissionTime() {
            FilingOrder order = TestOrders.draft(OrderType.FIRST_FILING);
            ZonedDateTime submittedAt = beijing(2025, 9, 25, 9, 0);
            apply(order, SUBMIT, OWNER, null, submittedAt);
            apply(order, APPROVE_INITIAL, REVIEWER, null, submittedAt.plusHours(4));
            assertNull(order.getReviewDueAt(), "no review pending while the photo is awaited");

            Transition photo = apply(order, SUBMIT_PHOTO, OWNER, null, beijing(2025, 9, 30, 18, 0));

            assertEquals(midnightAfter(2025, 10, 9), order.getReviewDueAt());
            assertEquals(order.getReviewDueAt(), photo.reviewDueAt());
            assertEquals(submittedAt.toInstant(), order.getSubmittedAt());
        }

        @Test
        void reviewDeadlineIsClearedByTheResult() {
            FilingOrder order = TestOrders.draft(OrderType.FIRST_FILING);
            apply(order, SUBMIT, OWNER, null, CREATED);
            assertNotNull(order.getReviewDueAt());
            apply(order, REJECT_INITIAL, REVIEWER, "通信地址不详细", CREATED.plusHours(5));

            assertNull(order.getReviewDueAt());
        }

        @Test
        void bureauDeadlineIsTwentyWorkingDaysAndThirtyInZhejiang() {
            List<ProvinceRule> rows = List.of(
                    new ProvinceRule(ProvinceRule.NATIONAL, BUREAU_DAYS_KEY, "20", LocalDate.of(2018, 1, 1), "beyond-the-seed §1"),
                    new ProvinceRule("330000", BUREAU_DAYS_KEY, "30", LocalDate.of(2018, 1, 1), "beyond-the-seed §1"));
            int beijingDays = ProvinceRules.from("110000", rows).get(BUREAU_DAYS_KEY).asInt();
            int zhejiangDays = ProvinceRules.from("330000", rows).get(BUREAU_DAYS_KEY).asInt();
            ZonedDateTime friday = beijing(2025, 9, 26, 10, 0);

            FilingOrder inBeijing = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.AWAITING_BUREAU);
            Transition toBeijing = OrderStateMachine.apply(inBeijing, SUBMIT_TO_BUREAU, REVIEWER, null, friday, DAYS, beijingDays);
            FilingOrder inZhejiang = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.AWAITING_BUREAU);
            OrderStateMachine.apply(inZhejiang, SUBMIT_TO_BUREAU, REVIEWER, null, friday, DAYS, zhejiangDays);

            // Working days after Friday 26 September: 28, 29, 30 September, then 9, 10, 11 October, …
            // the 20th is Thursday 30 October, the 30th Thursday 13 November.
            assertEquals(midnightAfter(2025, 10, 30), inBeijing.getBureauDueAt());
            assertEquals(inBeijing.getBureauDueAt(), toBeijing.bureauDueAt());
            assertEquals(midnightAfter(2025, 11, 13), inZhejiang.getBureauDueAt());
        }

        @Test
        void bureauDeadlineIsClearedWhenTheOrderComesBackAndSetAgainOnResubmission() {
            FilingOrder order = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.AWAITING_BUREAU);
            apply(order, SUBMIT_TO_BUREAU, REVIEWER, null, beijing(2025, 9, 26, 10, 0));
            apply(order, SMS_CHECK_FAILED, Actor.BUREAU, "5 wrong codes", beijing(2025, 9, 27, 10, 0));
            assertNull(order.getBureauDueAt());

            apply(order, SUBMIT_TO_BUREAU, REVIEWER, null, beijing(2025, 9, 29, 10, 0));
            // From Monday 29 September: 30 September, then 9, 10, 11 (worked Saturday), 13–17, 20–24,
            // 27–31 October; the 20th is Monday 3 November.
            assertEquals(midnightAfter(2025, 11, 3), order.getBureauDueAt());
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1})
        void bureauDeadlineNeedsAtLeastOneWorkingDay(int days) {
            FilingOrder order = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.AWAITING_BUREAU);
            assertThrows(IllegalArgumentException.class,
                    () -> OrderStateMachine.apply(order, SUBMIT_TO_BUREAU, REVIEWER, null, CREATED, DAYS, days));
            assertEquals(OrderState.AWAITING_BUREAU, order.getState());
            assertEquals(2, order.getHistory().size());
        }

        @Test
        void theCalendarIsNeededOnlyForWorkingDayDeadlines() {
            FilingOrder draft = TestOrders.draft(OrderType.FIRST_FILING);
            assertThrows(NullPointerException.class,
                    () -> OrderStateMachine.apply(draft, SUBMIT, OWNER, null, CREATED, null, 20));
            assertEquals(OrderState.DRAFT, draft.getState());
            assertEquals(1, draft.getHistory().size());

            FilingOrder idle = TestOrders.draft(OrderType.FIRST_FILING);
            OrderStateMachine.apply(idle, EXPIRE, Actor.SYSTEM, null, CREATED.plusDays(45), null, 0);
            assertEquals(OrderState.EXPIRED, idle.getState());
        }
    }

    @Nested
    class Expiry {

        @Test
        void aNewDraftExpiresAfterFortyFiveDays() {
            FilingOrder order = TestOrders.draft(OrderType.FIRST_FILING);
            assertEquals(CREATED.plusDays(45).toInstant(), order.getExpiresAt());
        }

        @Test
        void draftCreatedRefusesAnOrderPastTheDraft() {
            FilingOrder order = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.SUBMITTED);
            assertThrows(IllegalStateException.class, () -> OrderStateMachine.draftCreated(order, CREATED));
        }

        @Test
        void enteringAStateThatWaitsOnTheApplicantSetsTheExpiry() {
            ZonedDateTime now = beijing(2025, 9, 30, 15, 0);
            Instant in45Days = beijing(2025, 11, 14, 15, 0).toInstant();

            FilingOrder rejected = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.SUBMITTED);
            assertEquals(in45Days, apply(rejected, REJECT_INITIAL, REVIEWER, "证件模糊", now).expiresAt());
            FilingOrder awaitingPhoto = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.SUBMITTED);
            assertEquals(in45Days, apply(awaitingPhoto, APPROVE_INITIAL, REVIEWER, null, now).expiresAt());
            FilingOrder photoRejected = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.PHOTO_SUBMITTED);
            assertEquals(in45Days, apply(photoRejected, REJECT_PHOTO, REVIEWER, "面部不清晰", now).expiresAt());
            FilingOrder bureauRejected = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.AT_BUREAU);
            assertEquals(in45Days, apply(bureauRejected, BUREAU_REJECT, Actor.BUREAU, "管局驳回", now).expiresAt());
            assertEquals(in45Days, bureauRejected.getExpiresAt());
        }

        @Test
        void leavingTheApplicantClearsTheExpiry() {
            FilingOrder submitted = TestOrders.draft(OrderType.FIRST_FILING);
            assertNull(apply(submitted, SUBMIT, OWNER, null, CREATED).expiresAt());
            assertNull(submitted.getExpiresAt());

            FilingOrder photo = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.AWAITING_PHOTO);
            apply(photo, SUBMIT_PHOTO, OWNER, null, CREATED);
            assertNull(photo.getExpiresAt());

            FilingOrder cancellation = TestOrders.orderIn(OrderType.CANCEL_WEBSITE, OrderState.SUBMITTED);
            apply(cancellation, APPROVE_INITIAL, REVIEWER, null, CREATED);
            assertNull(cancellation.getExpiresAt(), "awaiting the bureau waits on the provider");

            FilingOrder abandoned = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.INITIAL_REJECTED);
            apply(abandoned, ABANDON, OWNER, null, CREATED);
            assertNull(abandoned.getExpiresAt());
        }

        @Test
        void expiryWaitsForTheExpiryMoment() {
            FilingOrder order = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.AWAITING_PHOTO);
            ZonedDateTime due = CREATED.plusDays(45);

            IllegalTransitionException early = assertThrows(IllegalTransitionException.class,
                    () -> apply(order, EXPIRE, Actor.SYSTEM, null, due.minusSeconds(1)));
            assertEquals(IllegalTransitionException.NOT_EXPIRED_YET, early.getMessageKey());
            assertEquals(OrderState.AWAITING_PHOTO, order.getState());

            Transition expired = apply(order, EXPIRE, Actor.SYSTEM, null, due);
            assertEquals(OrderEvents.ORDER_EXPIRED, expired.eventType());
            assertNull(order.getExpiresAt(), "an expired order does not expire again");
        }

        @Test
        void anOrderWithoutAnExpiryMomentDoesNotExpire() {
            FilingOrder order = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.DRAFT);
            order.setExpiresAt(null);
            IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                    () -> apply(order, EXPIRE, Actor.SYSTEM, null, CREATED.plusYears(1)));
            assertEquals(IllegalTransitionException.NOT_EXPIRED_YET, refused.getMessageKey());
        }

        @Test
        void anExpiredOrderKeepsItsDataAndCanBeResubmitted() {
            FilingOrder order = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.PHOTO_REJECTED);
            FilingSnapshot before = order.getSnapshot();
            apply(order, EXPIRE, Actor.SYSTEM, null, CREATED.plusDays(50));
            assertEquals(before, order.getSnapshot());

            ZonedDateTime back = beijing(2025, 10, 27, 9, 0);
            Transition resubmitted = apply(order, SUBMIT, OWNER, "回来继续", back);
            assertEquals(OrderState.EXPIRED, resubmitted.from());
            assertEquals(OrderState.SUBMITTED, order.getState());
            assertEquals(midnightAfter(2025, 10, 28), order.getReviewDueAt());
        }
    }

    @Nested
    class History {

        @Test
        void eachTransitionRecordsWhoWhenFromToAndWhy() {
            FilingOrder order = TestOrders.draft(OrderType.FIRST_FILING);
            ZonedDateTime submitted = CREATED.plusHours(1);
            ZonedDateTime rejected = CREATED.plusHours(6);
            apply(order, SUBMIT, OWNER, null, submitted);
            Transition rejection = apply(order, REJECT_INITIAL, REVIEWER, "  通信地址应精确到门牌号  ", rejected);

            List<OrderHistoryEntry> history = order.getHistory();
            assertEquals(3, history.size());
            OrderHistoryEntry first = history.get(1);
            assertEquals(OWNER.name(), first.getActor());
            assertEquals(OrderState.DRAFT, first.getFromState());
            assertEquals(OrderState.SUBMITTED, first.getToState());
            assertNull(first.getReason());
            assertEquals(submitted.toInstant(), first.getOccurredAt());
            OrderHistoryEntry second = history.get(2);
            assertEquals(REVIEWER.name(), second.getActor());
            assertEquals(OrderState.SUBMITTED, second.getFromState());
            assertEquals(OrderState.INITIAL_REJECTED, second.getToState());
            assertEquals("通信地址应精确到门牌号", second.getReason());
            assertEquals(rejected.toInstant(), second.getOccurredAt());
            assertEquals(rejected.toInstant(), order.getUpdatedAt());

            assertEquals(ORDER_NUMBER, rejection.orderNumber());
            assertEquals(REVIEWER, rejection.actor());
            assertEquals("通信地址应精确到门牌号", rejection.reason());
            assertEquals(rejected.toInstant(), rejection.occurredAt());
            assertEquals(List.of(), rejection.changes());
        }

        @Test
        void systemAndBureauAreNamedInTheHistory() {
            FilingOrder order = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.AT_BUREAU);
            apply(order, BUREAU_REJECT, Actor.BUREAU, "主体负责人证件过期", CREATED);
            apply(order, EXPIRE, Actor.SYSTEM, null, CREATED.plusDays(45));

            List<OrderHistoryEntry> history = order.getHistory();
            assertEquals("bureau", history.get(history.size() - 2).getActor());
            assertEquals("system", history.get(history.size() - 1).getActor());
        }
    }

    @Nested
    class Reasons {

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   ", "\t\n", "\u3000"})
        void rejectionsAndCorrectionsNeedAReason(String blank) {
            assertReasonRequired(OrderState.SUBMITTED, REJECT_INITIAL, REVIEWER, blank);
            assertReasonRequired(OrderState.PHOTO_SUBMITTED, REJECT_PHOTO, REVIEWER, blank);
            assertReasonRequired(OrderState.AT_BUREAU, BUREAU_REJECT, Actor.BUREAU, blank);
            assertReasonRequired(OrderState.AT_BUREAU, SMS_CHECK_FAILED, Actor.BUREAU, blank);

            FilingOrder order = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.SUBMITTED);
            IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                    () -> OrderStateMachine.correct(order, TestOrders.snapshot("新网站名称", "浙江省杭州市西湖区文三路100号"),
                            REVIEWER, blank, CREATED));
            assertEquals(IllegalTransitionException.REASON_REQUIRED, refused.getMessageKey());
            assertEquals(TestOrders.snapshot(), order.getSnapshot());
        }

        private void assertReasonRequired(OrderState state, OrderAction action, Actor actor, String blank) {
            FilingOrder order = TestOrders.orderIn(OrderType.FIRST_FILING, state);
            IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                    () -> apply(order, action, actor, blank, CREATED));
            assertEquals(IllegalTransitionException.REASON_REQUIRED, refused.getMessageKey(), action.name());
            assertEquals(state, order.getState());
            assertEquals(2, order.getHistory().size());
        }

        @Test
        void otherActionsTakeAnOptionalReason() {
            FilingOrder order = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.SUBMITTED);
            assertNull(apply(order, APPROVE_INITIAL, REVIEWER, "   ", CREATED).reason());
            FilingOrder withdrawn = TestOrders.orderIn(OrderType.CHANGE, OrderState.SUBMITTED);
            assertEquals("填错了域名", apply(withdrawn, WITHDRAW, OWNER, "填错了域名", CREATED).reason());
        }

        @Test
        void aReasonFitsTheHistory() {
            String longest = "驳".repeat(OrderStateMachine.MAX_REASON_LENGTH);
            FilingOrder order = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.SUBMITTED);
            IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                    () -> apply(order, REJECT_INITIAL, REVIEWER, longest + "回", CREATED));
            assertEquals(IllegalTransitionException.REASON_TOO_LONG, refused.getMessageKey());

            apply(order, REJECT_INITIAL, REVIEWER, longest, CREATED);
            assertEquals(longest, order.getHistory().get(2).getReason());
        }
    }

    @Nested
    class AssistedCorrection {

        private final FilingSnapshot corrected = TestOrders.snapshot("示例科技网站", "浙江省杭州市西湖区文三路100号2楼");

        @Test
        void aReviewerCorrectsWhenTheApplicantAgreed() {
            FilingOrder order = TestOrders.draft(OrderType.FIRST_FILING);
            apply(order, SUBMIT, OWNER, null, beijing(2025, 9, 30, 10, 0));
            Instant reviewDue = order.getReviewDueAt();
            ZonedDateTime now = beijing(2025, 9, 30, 14, 0);

            Transition correction = OrderStateMachine.correct(order, corrected, REVIEWER, "补全门牌号，网站名称去掉“官”字", now);

            assertEquals(OrderState.SUBMITTED, order.getState());
            assertEquals(corrected, order.getSnapshot());
            assertEquals(reviewDue, order.getReviewDueAt(), "correcting is part of the same review");
            assertEquals(OrderEvents.ORDER_CORRECTED, correction.eventType());
            assertEquals(CORRECT_ASSISTED, correction.action());
            assertEquals("补全门牌号，网站名称去掉“官”字", correction.reason());
            assertEquals(List.of(
                    new FieldChange("subject.mailingAddress", "浙江省杭州市西湖区文三路100号", "浙江省杭州市西湖区文三路100号2楼"),
                    new FieldChange("websites[0].name", "示例科技官网", "示例科技网站")), correction.changes());
            OrderHistoryEntry entry = order.getHistory().get(order.getHistory().size() - 1);
            assertEquals(OrderState.SUBMITTED, entry.getFromState());
            assertEquals(OrderState.SUBMITTED, entry.getToState());
            assertEquals(REVIEWER.name(), entry.getActor());
            assertEquals("补全门牌号，网站名称去掉“官”字 — "
                    + "subject.mailingAddress: \"浙江省杭州市西湖区文三路100号\" → \"浙江省杭州市西湖区文三路100号2楼\"; "
                    + "websites[0].name: \"示例科技官网\" → \"示例科技网站\"", entry.getReason());
        }

        @Test
        void aCorrectionOfTheDomainsUpdatesTheOrdersDomainIndex() {
            FilingOrder order = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.SUBMITTED);
            FilingSnapshot before = order.getSnapshot();
            FilingSnapshot withDomain = new FilingSnapshot(before.subject(), List.of(new WebsiteData(
                    before.websites().get(0).name(), List.of("Example.COM", "example.cn"), List.of("www.example.com"),
                    "单位门户网站", List.of("以上都不涉及"), List.of("中文简体"), "域名指向同一网站", true, null,
                    before.websites().get(0).cloudServices(), null)));

            OrderStateMachine.correct(order, withDomain, REVIEWER, "补充域名", CREATED);
            assertEquals(Set.of("example.com", "example.cn"), order.getDomains());
        }

        @Test
        void noCorrectionWithoutTheApplicantsAgreement() {
            FilingOrder order = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.SUBMITTED);
            order.agreeToAssistedCorrection(false);

            IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                    () -> OrderStateMachine.correct(order, corrected, REVIEWER, "补全门牌号", CREATED));
            assertEquals(IllegalTransitionException.ASSISTED_CORRECTION_NOT_AGREED, refused.getMessageKey());
            assertEquals(TestOrders.snapshot(), order.getSnapshot());
            assertEquals(2, order.getHistory().size());
            assertEquals(Set.of(APPROVE_INITIAL, REJECT_INITIAL), OrderStateMachine.allowedActions(order, REVIEWER));
        }

        @Test
        void aCorrectionMustChangeSomething() {
            FilingOrder order = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.SUBMITTED);
            IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                    () -> OrderStateMachine.correct(order, TestOrders.snapshot(), REVIEWER, "看过了", CREATED));
            assertEquals(IllegalTransitionException.NOTHING_CORRECTED, refused.getMessageKey());
            assertEquals(2, order.getHistory().size());
        }

        @Test
        void theHistoryKeepsAtMostTheLongestReason() {
            FilingOrder order = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.SUBMITTED);
            String reason = "改".repeat(OrderStateMachine.MAX_REASON_LENGTH - 10);
            Transition correction = OrderStateMachine.correct(order, corrected, REVIEWER, reason, CREATED);

            String recorded = order.getHistory().get(2).getReason();
            assertEquals(OrderStateMachine.MAX_REASON_LENGTH, recorded.length());
            assertTrue(recorded.startsWith(reason + " — "));
            assertTrue(recorded.endsWith("…"));
            assertEquals(2, correction.changes().size(), "the transition keeps every change");
        }

        @Test
        void applyDoesNotTakeACorrection() {
            FilingOrder order = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.SUBMITTED);
            assertThrows(IllegalArgumentException.class, () -> apply(order, CORRECT_ASSISTED, REVIEWER, "x", CREATED));
        }
    }

    @Nested
    class Refusals {

        @Test
        void theExceptionSaysWhichOrderStateAndAction() {
            FilingOrder order = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.AT_BUREAU);
            IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                    () -> apply(order, WITHDRAW, OWNER, null, CREATED));

            assertEquals(ORDER_NUMBER, refused.getOrderNumber());
            assertEquals(OrderState.AT_BUREAU, refused.getState());
            assertEquals(WITHDRAW, refused.getAction());
            assertEquals(IllegalTransitionException.NOT_ALLOWED, refused.getMessageKey());
            assertTrue(refused.getMessage().contains(ORDER_NUMBER));
        }

        @Test
        void nothingOnceAtTheBureau() {
            for (OrderAction action : List.of(WITHDRAW, ABANDON, SUBMIT)) {
                FilingOrder order = TestOrders.orderIn(OrderType.CANCEL_SUBJECT, OrderState.AT_BUREAU);
                IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                        () -> apply(order, action, OWNER, null, CREATED));
                assertEquals(IllegalTransitionException.NOT_ALLOWED, refused.getMessageKey(), action.name());
            }
            assertEquals(Set.of(), OrderStateMachine.allowedActions(
                    TestOrders.orderIn(OrderType.CANCEL_SUBJECT, OrderState.AT_BUREAU), OWNER));
        }

        @Test
        void permissionIsCheckedBeforeTheState() {
            FilingOrder order = TestOrders.orderIn(OrderType.FIRST_FILING, OrderState.APPROVED);
            IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                    () -> apply(order, SUBMIT, OTHER_APPLICANT, null, CREATED));
            assertEquals(IllegalTransitionException.NOT_PERMITTED, refused.getMessageKey());
        }

        @Test
        void anotherApplicantCannotActOnTheOrder() {
            FilingOrder order = TestOrders.draft(OrderType.FIRST_FILING);
            IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                    () -> apply(order, SUBMIT, OTHER_APPLICANT, null, CREATED));
            assertEquals(IllegalTransitionException.NOT_PERMITTED, refused.getMessageKey());
            assertEquals(Set.of(), OrderStateMachine.allowedActions(order, OTHER_APPLICANT));
        }

        @Test
        void aRefusedTransitionLeavesTheOrderAsItWas() {
            FilingOrder order = TestOrders.draft(OrderType.FIRST_FILING);
            apply(order, SUBMIT, OWNER, null, CREATED);
            Instant updated = order.getUpdatedAt();
            Instant reviewDue = order.getReviewDueAt();
            Instant submitted = order.getSubmittedAt();

            assertThrows(IllegalTransitionException.class, () -> apply(order, REJECT_INITIAL, REVIEWER, "", CREATED.plusHours(1)));
            assertThrows(IllegalTransitionException.class, () -> apply(order, APPROVE_INITIAL, OWNER, null, CREATED.plusHours(1)));
            assertThrows(IllegalTransitionException.class, () -> apply(order, SUBMIT_PHOTO, OWNER, null, CREATED.plusHours(1)));

            assertEquals(OrderState.SUBMITTED, order.getState());
            assertEquals(2, order.getHistory().size());
            assertEquals(updated, order.getUpdatedAt());
            assertEquals(reviewDue, order.getReviewDueAt());
            assertEquals(submitted, order.getSubmittedAt());
        }
    }
}
