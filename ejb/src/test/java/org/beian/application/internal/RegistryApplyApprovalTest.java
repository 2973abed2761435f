package org.beian.application.internal;

import static org.beian.application.internal.FixedReferenceData.PROVIDER_NAME;
import static org.beian.application.internal.UnitTestData.SUBJECT_NUMBER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.beian.application.dto.BureauApproval;
import org.beian.application.dto.SubjectView;
import org.beian.application.security.Caller;
import org.beian.domain.model.filing.FilingOrder;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.SubjectData;
import org.beian.domain.model.filing.WebsiteData;
import org.beian.domain.model.national.NationalRegistry;
import org.beian.domain.model.registry.Subject;
import org.beian.domain.model.registry.SubjectStatus;
import org.beian.domain.model.registry.Website;
import org.beian.domain.model.registry.WebsiteAccess;
import org.beian.domain.model.registry.WebsiteStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the registry holds after the bureau approves an order, type by type, and what it refuses. */
class RegistryApplyApprovalTest {

    private static final Instant FILED_EARLIER = Instant.now().minus(400, ChronoUnit.DAYS);
    private static final String OTHER_PROVIDER = "其他云服务商";
    private static final String PASSWORD_HASH = "PBKDF2WithHmacSHA256:1:c2FsdA==:aGFzaA==";

    private final InMemoryDesk desk = new InMemoryDesk();
    private final Caller owner = desk.applicant("chen.xiaoming");

    @Test
    void aFirstFilingCreatesTheSubjectAndItsWebsitesWithTheirNumbersAndThisProvidersAccess() {
        FilingSnapshot proposed = UnitTestData.firstFilingWithTwoWebsites();
        FilingOrder order = atBureau(OrderType.FIRST_FILING, null, proposed);

        SubjectView view = desk.registry.applyApproval(order.getOrderNumber(),
                new BureauApproval(SUBJECT_NUMBER, List.of(SUBJECT_NUMBER + "-1", SUBJECT_NUMBER + "-2"), PASSWORD_HASH));

        assertEquals(1, desk.registryRows.subjects().size());
        Subject subject = desk.registryRows.subject(SUBJECT_NUMBER);
        assertEquals(desk.accountIdOf(owner), subject.getAccountId(), "the subject belongs to the order's account");
        assertEquals(SubjectStatus.NORMAL, subject.getStatus());
        assertEquals(UnitTestData.withIcpNumber(proposed.subject(), SUBJECT_NUMBER), subject.toData());
        assertEquals(PASSWORD_HASH, subject.getFilingPasswordHash());

        assertEquals(2, desk.registryRows.websites().size());
        for (int i = 0; i < 2; i++) {
            String number = SUBJECT_NUMBER + "-" + (i + 1);
            Website website = desk.registryRows.website(number);
            assertEquals(subject, website.getSubject());
            assertEquals(WebsiteStatus.NORMAL, website.getStatus());
            assertEquals(UnitTestData.withIcpNumber(proposed.websites().get(i), number), website.toData(), "website " + number);
            assertOnlyThisProvider(website);
        }
        assertEquals(subject.getId(), order.getSubjectId(), "the order now names its subject");

        assertEquals(SUBJECT_NUMBER, view.icpNumber());
        assertEquals(SubjectStatus.NORMAL, view.status());
        assertEquals(List.of(SUBJECT_NUMBER + "-1", SUBJECT_NUMBER + "-2"), view.websites().stream().map(SubjectView.WebsiteView::icpNumber).toList());
        assertEquals(List.of(PROVIDER_NAME), view.websites().get(1).accessProviders());
        assertEquals("李娜", view.websites().get(1).data().principal().name(), "the second website keeps its own principal");
    }

    @Test
    void addingAWebsiteToASubjectFiledHereAddsOnlyTheWebsiteAndLeavesTheSubjectAsFiled() {
        Subject subject = filedSubject(SUBJECT_NUMBER);
        subject.setFilingPasswordHash(PASSWORD_HASH);
        Website first = filedWebsite(subject, SUBJECT_NUMBER + "-1", UnitTestData.website("示例科技官方网站", "example-official.cn", true));
        SubjectData filed = subject.toData();
        WebsiteData added = UnitTestData.website("示例科技产品中心", "example-products.com", false);
        // The snapshot's subject differs from the registry's: an add-website order must not change the subject.
        FilingSnapshot proposed = new FilingSnapshot(UnitTestData.withMailingAddress(filed, "别的地址"), List.of(added));
        FilingOrder order = atBureau(OrderType.ADD_WEBSITE_SUBJECT_HERE, subject.getId(), proposed);

        SubjectView view = desk.registry.applyApproval(order.getOrderNumber(),
                new BureauApproval(SUBJECT_NUMBER, List.of(SUBJECT_NUMBER + "-2"), null));

        assertEquals(1, desk.registryRows.subjects().size());
        assertEquals(filed, subject.toData());
        assertEquals(PASSWORD_HASH, subject.getFilingPasswordHash(), "no new password without one from the bureau");
        Website second = desk.registryRows.website(SUBJECT_NUMBER + "-2");
        assertEquals(subject, second.getSubject());
        assertEquals(UnitTestData.withIcpNumber(added, SUBJECT_NUMBER + "-2"), second.toData());
        assertOnlyThisProvider(second);
        assertEquals("示例科技官方网站", first.getName());
        assertOnlyThisProvider(first);
        assertEquals(subject.getId(), order.getSubjectId());
        assertEquals(2, view.websites().size());
    }

    @Test
    void addingAWebsiteToASubjectFiledElsewhereCreatesTheSubjectHereUnderItsExistingNumber() {
        String elsewhere = "京ICP备87654321号";
        FilingSnapshot proposed = new FilingSnapshot(
                UnitTestData.withIcpNumber(UnitTestData.enterprise("北京示例有限公司", "北京市海淀区中关村大街1号"), elsewhere),
                List.of(UnitTestData.website("示例新网站", "example-new.cn", true)));
        FilingOrder order = atBureau(OrderType.ADD_WEBSITE_SUBJECT_ELSEWHERE, null, proposed);

        desk.registry.applyApproval(order.getOrderNumber(), new BureauApproval(elsewhere, List.of(elsewhere + "-3"), null));

        Subject subject = desk.registryRows.subject(elsewhere);
        assertEquals(desk.accountIdOf(owner), subject.getAccountId());
        assertEquals(SubjectStatus.NORMAL, subject.getStatus());
        assertEquals("北京示例有限公司", subject.getName());
        assertNull(subject.getFilingPasswordHash(), "the bureau sent no password: the subject's stays with the bureau");
        Website website = desk.registryRows.website(elsewhere + "-3");
        assertEquals(subject, website.getSubject());
        assertOnlyThisProvider(website);
        assertEquals(subject.getId(), order.getSubjectId());
    }

    @Test
    void anAccessFilingKeepsTheOtherProvidersAccessBesideThisProviders() {
        String elsewhere = "京ICP备87654321号";
        WebsiteData website = UnitTestData.withIcpNumber(UnitTestData.website("示例商城", "example-shop.cn", true), elsewhere + "-1");
        desk.nationalRegistry.filedElsewhere(new NationalRegistry.WebsiteRecord(elsewhere + "-1", "示例商城", List.of("example-shop.cn"),
                List.of(OTHER_PROVIDER), "NORMAL", null));
        FilingSnapshot proposed = new FilingSnapshot(
                UnitTestData.withIcpNumber(UnitTestData.enterprise("北京示例有限公司", "北京市海淀区中关村大街1号"), elsewhere),
                List.of(website));
        FilingOrder order = atBureau(OrderType.ACCESS, null, proposed);

        SubjectView view = desk.registry.applyApproval(order.getOrderNumber(),
                new BureauApproval(elsewhere, List.of(elsewhere + "-1"), null));

        Subject subject = desk.registryRows.subject(elsewhere);
        Website filed = desk.registryRows.website(elsewhere + "-1");
        assertEquals(subject, filed.getSubject());
        assertEquals(2, filed.getAccesses().size());
        WebsiteAccess other = filed.getAccesses().get(0);
        assertEquals(OTHER_PROVIDER, other.getProviderName());
        assertFalse(other.isThisProvider());
        assertTrue(other.isActive());
        WebsiteAccess ours = filed.getAccesses().get(1);
        assertEquals(PROVIDER_NAME, ours.getProviderName());
        assertTrue(ours.isThisProvider());
        assertTrue(ours.isActive());
        assertEquals(List.of(OTHER_PROVIDER, PROVIDER_NAME), view.websites().get(0).accessProviders());
        assertEquals(subject.getId(), order.getSubjectId());
    }

    @Test
    void anAccessFilingForASubjectAlreadyFiledHereAddsTheWebsiteToThatSubject() {
        Subject subject = filedSubject(SUBJECT_NUMBER);
        filedWebsite(subject, SUBJECT_NUMBER + "-1", UnitTestData.website("示例科技官方网站", "example-official.cn", true));
        WebsiteData website = UnitTestData.withIcpNumber(UnitTestData.website("示例商城", "example-shop.cn", true), SUBJECT_NUMBER + "-2");
        desk.nationalRegistry.filedElsewhere(new NationalRegistry.WebsiteRecord(SUBJECT_NUMBER + "-2", "示例商城",
                List.of("example-shop.cn"), List.of(OTHER_PROVIDER), "NORMAL", null));
        FilingOrder order = atBureau(OrderType.ACCESS, null, new FilingSnapshot(subject.toData(), List.of(website)));

        SubjectView view = desk.registry.applyApproval(order.getOrderNumber(),
                new BureauApproval(SUBJECT_NUMBER, List.of(SUBJECT_NUMBER + "-2"), null));

        assertEquals(1, desk.registryRows.subjects().size(), "no second subject under the same number");
        assertEquals(subject, desk.registryRows.website(SUBJECT_NUMBER + "-2").getSubject());
        assertEquals(2, view.websites().size());
        assertEquals(subject.getId(), order.getSubjectId());
    }

    @Test
    void aChangeUpdatesTheSubjectAndTheWebsitesItNamesAndNothingElse() {
        Subject subject = filedSubject(SUBJECT_NUMBER);
        Website first = filedWebsite(subject, SUBJECT_NUMBER + "-1", UnitTestData.website("示例科技官方网站", "example-official.cn", true));
        Website second = filedWebsite(subject, SUBJECT_NUMBER + "-2", UnitTestData.website("示例科技产品中心", "example-products.com", false));
        WebsiteData secondAsFiled = second.toData();
        SubjectData changedSubject = UnitTestData.withMailingAddress(subject.toData(), "广东省深圳市南山区科苑路9号2层202室");
        WebsiteData changedWebsite = UnitTestData.withName(first.toData(), "示例科技新官网");
        FilingOrder order = atBureau(OrderType.CHANGE, subject.getId(), new FilingSnapshot(changedSubject, List.of(changedWebsite)));

        desk.registry.applyApproval(order.getOrderNumber(), new BureauApproval(SUBJECT_NUMBER, List.of(), null));

        assertEquals(changedSubject, subject.toData());
        assertEquals(SubjectStatus.NORMAL, subject.getStatus());
        assertEquals(changedWebsite, first.toData());
        assertOnlyThisProvider(first);
        assertEquals(secondAsFiled, second.toData(), "the website the order does not name is unchanged");
        assertEquals(2, desk.registryRows.websites().size(), "a change creates no website");
        assertEquals(subject.getId(), order.getSubjectId());
    }

    @Test
    void aChangeOfAWebsiteOnlyLeavesTheSubjectAlone() {
        Subject subject = filedSubject(SUBJECT_NUMBER);
        Website website = filedWebsite(subject, SUBJECT_NUMBER + "-1", UnitTestData.website("示例科技官方网站", "example-official.cn", true));
        SubjectData asFiled = subject.toData();
        WebsiteData changed = UnitTestData.withName(website.toData(), "示例科技新官网");
        FilingOrder order = atBureau(OrderType.CHANGE, subject.getId(), new FilingSnapshot(null, List.of(changed)));

        desk.registry.applyApproval(order.getOrderNumber(), new BureauApproval(SUBJECT_NUMBER, List.of(), null));

        assertEquals(asFiled, subject.toData());
        assertEquals("示例科技新官网", website.getName());
    }

    @Test
    void cancellingTheOnlyAccessLeavesAShellWebsiteAndAShellSubject() {
        Subject subject = filedSubject(SUBJECT_NUMBER);
        Website website = filedWebsite(subject, SUBJECT_NUMBER + "-1", UnitTestData.website("示例科技官方网站", "example-official.cn", true));
        FilingOrder order = atBureau(OrderType.CANCEL_ACCESS, subject.getId(), new FilingSnapshot(null, List.of(website.toData())));

        SubjectView view = desk.registry.applyApproval(order.getOrderNumber(), new BureauApproval(SUBJECT_NUMBER, List.of(), null));

        assertEquals(WebsiteStatus.SHELL, website.getStatus());
        assertFalse(website.hasActiveAccess());
        assertNotNull(website.getAccesses().get(0).getEndedAt(), "this provider's access ended, and is kept as history");
        assertEquals(SubjectStatus.SHELL, subject.getStatus());
        assertEquals(SubjectStatus.SHELL, view.status());
        assertEquals(List.of(), view.websites().get(0).accessProviders());
        assertEquals(subject.getId(), order.getSubjectId());
    }

    @Test
    void cancellingAccessOfAWebsiteAnotherProviderAlsoServesLeavesItAndItsSubjectNormal() {
        Subject subject = filedSubject(SUBJECT_NUMBER);
        Website website = filedWebsite(subject, SUBJECT_NUMBER + "-1", UnitTestData.website("示例商城", "example-shop.cn", true),
                OTHER_PROVIDER);
        FilingOrder order = atBureau(OrderType.CANCEL_ACCESS, subject.getId(), new FilingSnapshot(null, List.of(website.toData())));

        SubjectView view = desk.registry.applyApproval(order.getOrderNumber(), new BureauApproval(SUBJECT_NUMBER, List.of(), null));

        assertEquals(WebsiteStatus.NORMAL, website.getStatus());
        assertEquals(SubjectStatus.NORMAL, subject.getStatus());
        assertEquals(List.of(OTHER_PROVIDER), view.websites().get(0).accessProviders(), "only the other provider is left");
    }

    @Test
    void cancellingAccessOfOneWebsiteLeavesTheSubjectNormalWhileAnotherKeepsAccess() {
        Subject subject = filedSubject(SUBJECT_NUMBER);
        Website cancelled = filedWebsite(subject, SUBJECT_NUMBER + "-1", UnitTestData.website("示例科技官方网站", "example-official.cn", true));
        Website kept = filedWebsite(subject, SUBJECT_NUMBER + "-2", UnitTestData.website("示例科技产品中心", "example-products.com", false));
        FilingOrder order = atBureau(OrderType.CANCEL_ACCESS, subject.getId(), new FilingSnapshot(null, List.of(cancelled.toData())));

        desk.registry.applyApproval(order.getOrderNumber(), new BureauApproval(SUBJECT_NUMBER, List.of(), null));

        assertEquals(WebsiteStatus.SHELL, cancelled.getStatus());
        assertEquals(WebsiteStatus.NORMAL, kept.getStatus());
        assertOnlyThisProvider(kept);
        assertEquals(SubjectStatus.NORMAL, subject.getStatus());
    }

    @Test
    void cancellingAWebsiteEndsThisProvidersAccessAndLeavesTheOtherWebsitesAndTheSubject() {
        Subject subject = filedSubject(SUBJECT_NUMBER);
        Website cancelled = filedWebsite(subject, SUBJECT_NUMBER + "-1", UnitTestData.website("示例科技官方网站", "example-official.cn", true));
        Website kept = filedWebsite(subject, SUBJECT_NUMBER + "-2", UnitTestData.website("示例科技产品中心", "example-products.com", false));
        FilingOrder order = atBureau(OrderType.CANCEL_WEBSITE, subject.getId(), new FilingSnapshot(null, List.of(cancelled.toData())));

        SubjectView view = desk.registry.applyApproval(order.getOrderNumber(), new BureauApproval(SUBJECT_NUMBER, List.of(), null));

        assertEquals(WebsiteStatus.CANCELLED, cancelled.getStatus());
        assertFalse(cancelled.hasActiveAccess());
        assertEquals(WebsiteStatus.NORMAL, kept.getStatus());
        assertOnlyThisProvider(kept);
        assertEquals(SubjectStatus.NORMAL, subject.getStatus());
        assertEquals(List.of(WebsiteStatus.CANCELLED, WebsiteStatus.NORMAL),
                view.websites().stream().map(SubjectView.WebsiteView::status).toList());
        assertEquals(subject.getId(), order.getSubjectId());
    }

    @Test
    void cancellingTheLastWebsiteWithAccessLeavesAShellSubject() {
        Subject subject = filedSubject(SUBJECT_NUMBER);
        Website only = filedWebsite(subject, SUBJECT_NUMBER + "-1", UnitTestData.website("示例科技官方网站", "example-official.cn", true));
        FilingOrder order = atBureau(OrderType.CANCEL_WEBSITE, subject.getId(), new FilingSnapshot(null, List.of(only.toData())));

        desk.registry.applyApproval(order.getOrderNumber(), new BureauApproval(SUBJECT_NUMBER, List.of(), null));

        assertEquals(WebsiteStatus.CANCELLED, only.getStatus());
        assertEquals(SubjectStatus.SHELL, subject.getStatus(), "no website of the subject has access any more");
    }

    @Test
    void cancellingTheSubjectCancelsItAndEveryWebsite() {
        Subject subject = filedSubject(SUBJECT_NUMBER);
        Website first = filedWebsite(subject, SUBJECT_NUMBER + "-1", UnitTestData.website("示例科技官方网站", "example-official.cn", true));
        Website second = filedWebsite(subject, SUBJECT_NUMBER + "-2", UnitTestData.website("示例科技产品中心", "example-products.com", false));
        FilingOrder order = atBureau(OrderType.CANCEL_SUBJECT, subject.getId(), new FilingSnapshot(subject.toData(), List.of()));

        SubjectView view = desk.registry.applyApproval(order.getOrderNumber(), new BureauApproval(SUBJECT_NUMBER, List.of(), null));

        assertEquals(SubjectStatus.CANCELLED, subject.getStatus());
        for (Website website : List.of(first, second)) {
            assertEquals(WebsiteStatus.CANCELLED, website.getStatus(), website.getIcpNumber());
            assertFalse(website.hasActiveAccess(), website.getIcpNumber());
        }
        assertEquals(SubjectStatus.CANCELLED, view.status());
        assertEquals(subject.getId(), order.getSubjectId());
    }

    @Test
    void anApprovalWithFewerWebsiteNumbersThanWebsitesIsRefused() {
        FilingOrder order = atBureau(OrderType.FIRST_FILING, null, UnitTestData.firstFilingWithTwoWebsites());
        BureauApproval oneNumber = new BureauApproval(SUBJECT_NUMBER, List.of(SUBJECT_NUMBER + "-1"), null);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> desk.registry.applyApproval(order.getOrderNumber(), oneNumber));

        assertTrue(refused.getMessage().contains("1 website numbers for 2 websites"), refused.getMessage());
        // The subject row written before the refusal is rolled back with the transaction; no website was written.
        assertEquals(List.of(), desk.registryRows.websites());
        assertNull(order.getSubjectId());
    }

    @Test
    void anApprovalWithMoreWebsiteNumbersThanWebsitesIsRefused() {
        Subject subject = filedSubject(SUBJECT_NUMBER);
        FilingOrder order = atBureau(OrderType.ADD_WEBSITE_SUBJECT_HERE, subject.getId(),
                new FilingSnapshot(subject.toData(), List.of(UnitTestData.website("示例商城", "example-shop.cn", true))));
        BureauApproval twoNumbers = new BureauApproval(SUBJECT_NUMBER, List.of(SUBJECT_NUMBER + "-2", SUBJECT_NUMBER + "-3"), null);

        assertThrows(IllegalArgumentException.class, () -> desk.registry.applyApproval(order.getOrderNumber(), twoNumbers));

        assertEquals(List.of(), desk.registryRows.websites());
    }

    @ParameterizedTest
    @EnumSource(value = OrderState.class, names = {"APPROVED", "WITHDRAWN", "ABANDONED"})
    void anOrderAlreadyFinalIsRefusedAndTheRegistryIsLeftAlone(OrderState state) {
        FilingOrder order = desk.orderIn(owner, OrderType.FIRST_FILING, null, UnitTestData.oneWebsite("示例商城", "example-shop.cn"), state);

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> desk.registry.applyApproval(
                order.getOrderNumber(), new BureauApproval(SUBJECT_NUMBER, List.of(SUBJECT_NUMBER + "-1"), null)));

        assertTrue(refused.getMessage().contains("already " + state), refused.getMessage());
        assertEquals(List.of(), desk.registryRows.subjects());
        assertNull(order.getSubjectId());
    }

    @Test
    void anOrderOfAFiledSubjectThatNamesNoSubjectIsRefused() {
        FilingOrder order = atBureau(OrderType.CANCEL_SUBJECT, null, UnitTestData.oneWebsite("示例商城", "example-shop.cn"));

        assertThrows(IllegalStateException.class, () -> desk.registry.applyApproval(order.getOrderNumber(),
                new BureauApproval(SUBJECT_NUMBER, List.of(), null)));
    }

    /** The bureau approves orders it has: {@code applyApproval} runs before the order moves to APPROVED. */
    private FilingOrder atBureau(OrderType type, Long subjectId, FilingSnapshot snapshot) {
        return desk.orderIn(owner, type, subjectId, snapshot, OrderState.AT_BUREAU);
    }

    /** A subject as an earlier approval left it in the registry, written directly so each test stands on its own. */
    private Subject filedSubject(String number) {
        return desk.registryRows.add(new Subject(desk.accountIdOf(owner), number,
                UnitTestData.enterprise("深圳市示例科技有限公司", "广东省深圳市南山区科苑路8号1层101室"), FILED_EARLIER));
    }

    /** A website filed with this provider, and with {@code otherProviders} through the national registry. */
    private Website filedWebsite(Subject subject, String number, WebsiteData data, String... otherProviders) {
        Website website = desk.registryRows.add(new Website(subject, number, UnitTestData.withIcpNumber(data, number), FILED_EARLIER));
        for (String other : otherProviders) {
            website.addAccess(other, false, FILED_EARLIER);
        }
        website.addAccess(PROVIDER_NAME, true, FILED_EARLIER);
        return website;
    }

    private static void assertOnlyThisProvider(Website website) {
        assertEquals(1, website.getAccesses().size(), website.getIcpNumber() + " " + website.getAccesses());
        WebsiteAccess access = website.getAccesses().get(0);
        assertEquals(PROVIDER_NAME, access.getProviderName());
        assertTrue(access.isThisProvider());
        assertTrue(access.isActive());
    }
}
