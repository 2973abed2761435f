package org.beian.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.beian.application.BusinessException;
import org.beian.application.InvalidFieldException;
import org.beian.application.desk.AccountDesk;
import org.beian.application.desk.AdministrationDesk;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.dto.AccountResourcesView;
import org.beian.application.dto.AuditRecord;
import org.beian.application.dto.AuthorisationCodeView;
import org.beian.application.dto.CalendarDayView;
import org.beian.application.dto.CurtainRequestView;
import org.beian.application.dto.CurtainShipment;
import org.beian.application.dto.CurtainView;
import org.beian.application.dto.FileableTldView;
import org.beian.application.dto.HolidayNoticePreview;
import org.beian.application.dto.NewAuthorisationCode;
import org.beian.application.dto.NewFileableTld;
import org.beian.application.dto.VerificationPointInput;
import org.beian.application.dto.VerificationPointView;
import org.beian.application.security.Caller;
import org.beian.domain.model.reference.ReferenceData;
import org.beian.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrators' reference data against the real database: verification points (refused on the
 * field that is wrong, hidden from applicants when switched off), fileable suffixes (kept in both forms,
 * read anew by the checks), the holiday notice (previewed, refused for another year, imported), curtain
 * requests (shipped once, then delivered), an account's resources and authorisation codes.
 */
@ExtendWith(ArquillianExtension.class)
class ReferenceAdministrationIT {

    /** IDN suffixes the public suffix list knows and fileable_tlds.csv does not list. */
    private static final List<String> NEW_SUFFIXES = List.of("在线", "集团", "中文网", "网店", "佛山", "广东", "游戏", "企业");

    /** The operative part of the 2026 notice (persistence's test resource holiday-notices/2026.txt has it whole). */
    private static final String NOTICE_2026 = """
            国务院办公厅关于2026年部分节假日安排的通知
            经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
            一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
            二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
            三、清明节：4月4日（周六）至6日（周一）放假，共3天。
            四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
            五、端午节：6月19日（周五）至21日（周日）放假，共3天。
            六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
            七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
            国务院办公厅
            2025年11月4日
            """;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    AdministrationDesk administration;

    @Inject
    ApplicantDesk applicantDesk;

    @Inject
    AccountDesk accountDesk;

    @Inject
    ReferenceData referenceData;

    @Inject
    WorkflowFixture fixture;


    @Test
    void aVerificationPointIsRefusedOnItsWrongFieldAndSwitchedOffItIsNoLongerShownToApplicants() throws InterruptedException {
        Caller admin = fixture.newAdmin();
        String name = "测试核验点" + TestData.unique();
        InvalidFieldException otherProvince = assertThrows(InvalidFieldException.class, () -> administration.saveVerificationPoint(admin,
                point(null, name, "北京市海淀区知春路49号希格玛大厦1层", "22.540503", "113.934528")));
        assertEquals("address", otherProvince.getField());
        InvalidFieldException swapped = assertThrows(InvalidFieldException.class, () -> administration.saveVerificationPoint(admin,
                point(null, name, "广东省深圳市南山区科苑路8号1层", "113.934528", "22.540503")));
        assertEquals("latitude", swapped.getField());
        assertEquals("error.verificationPoint.swapped", swapped.getMessageKey());

        VerificationPointView added = administration.saveVerificationPoint(admin, point(null, name, "广东省深圳市南山区科苑路8号1层",
                "22.540503", "113.934528"));
        assertTrue(added.active());
        assertTrue(shownToApplicants(added.id()), "an added point is shown in its province");
        VerificationPointView changed = administration.saveVerificationPoint(admin, point(added.id(), name,
                "广东省深圳市南山区科苑路10号2层", "22.540600", "113.934600"));
        assertEquals("广东省深圳市南山区科苑路10号2层", changed.address());
        assertEquals(0, new BigDecimal("22.5406").compareTo(changed.latitude()));

        assertFalse(administration.setVerificationPointActive(admin, added.id(), false).active());
        assertFalse(shownToApplicants(added.id()), "a point switched off is not shown");
        assertTrue(administration.verificationPoints(admin, "440000").stream().anyMatch(p -> p.id() == added.id() && !p.active()),
                "administrators still see it");
        administration.setVerificationPointActive(admin, added.id(), true);
        assertTrue(shownToApplicants(added.id()));

        administration.deleteVerificationPoint(admin, added.id());
        assertFalse(administration.verificationPoints(admin, "440000").stream().anyMatch(p -> p.id() == added.id()));
        BusinessException gone = assertThrows(BusinessException.class, () -> administration.deleteVerificationPoint(admin, added.id()));
        assertEquals("error.notFound.verificationPoint", gone.getMessageKey());
        List<String> trail = auditedTypes(admin, "verification-point:" + added.id(), 5);
        assertEquals(List.of("VerificationPointSaved", "VerificationPointSaved", "VerificationPointActiveChanged",
                "VerificationPointActiveChanged", "VerificationPointDeleted"), trail);
    }

    @Test
    void anIdnSuffixIsKeptInBothFormsAndTheChecksReadItsSwitchAtOnce() {
        Caller admin = fixture.newAdmin();
        List<String> listed = administration.fileableTlds(admin).stream().map(FileableTldView::tld).toList();
        assertTrue(listed.contains("中国") && listed.contains("com.cn"), "the shipped list: " + listed);
        String suffix = NEW_SUFFIXES.stream().filter(s -> !listed.contains(s)).findFirst().orElse(null);
        Assumptions.assumeTrue(suffix != null, "every candidate suffix was added by earlier runs on this database");

        FileableTldView added = administration.addFileableTld(admin, new NewFileableTld("." + suffix, true, "测试"));
        assertEquals(suffix, added.tld());
        assertTrue(added.ascii().startsWith("xn--"), added.ascii());
        assertTrue(referenceData.fileableSuffixes().containsAll(Set.of(suffix, added.ascii())), "both forms, read at once");
        InvalidFieldException twice = assertThrows(InvalidFieldException.class,
                () -> administration.addFileableTld(admin, new NewFileableTld(added.ascii().toUpperCase(), true, null)));
        assertEquals("suffix", twice.getField());
        assertEquals("error.tld.duplicate", twice.getMessageKey());
        assertEquals("error.tld.notRegistrySuffix", assertThrows(InvalidFieldException.class,
                () -> administration.addFileableTld(admin, new NewFileableTld("example.com", true, null))).getMessageKey());

        assertFalse(administration.setTldFileable(admin, suffix, false).fileable());
        assertFalse(referenceData.fileableSuffixes().contains(added.ascii()), "switched off: the next check refuses it");
        assertTrue(administration.setTldFileable(admin, suffix, true).fileable());
        assertTrue(referenceData.fileableSuffixes().contains(added.ascii()));
    }

    @Test
    void theStateCouncilNoticeIsPreviewedRefusedForAnotherYearAndImported() throws InterruptedException {
        Caller admin = fixture.newAdmin();
        String notice = NOTICE_2026;
        List<CalendarDayView> before = administration.calendarExceptions(admin, 2026);
        HolidayNoticePreview preview = administration.previewHolidayNotice(admin, 2026, notice);
        assertEquals(19, preview.holidays());
        assertEquals(6, preview.workdays());
        assertEquals(before, preview.current(), "the preview shows the year's rows now");
        assertEquals("国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）", preview.source());

        InvalidFieldException otherYear = assertThrows(InvalidFieldException.class,
                () -> administration.previewHolidayNotice(admin, 2027, notice));
        assertEquals("year", otherYear.getField());
        InvalidFieldException mistyped = assertThrows(InvalidFieldException.class, () -> administration.importHolidayNotice(admin, 2026,
                notice.replace("10月10日（周六）上班", "10月9日（周五）上班")));
        assertEquals("text", mistyped.getField());
        assertEquals(before, administration.calendarExceptions(admin, 2026), "a refused import changes nothing");

        // The 2026 notice yields the rows the database has for 2026 (HolidayNoticeTest), so importing it
        // again changes no other test's deadlines; it still goes through the whole replacement.
        HolidayNoticePreview imported = administration.importHolidayNotice(admin, 2026, notice);
        assertEquals(preview.days(), imported.days());
        List<CalendarDayView> after = administration.calendarExceptions(admin, 2026);
        assertEquals(preview.days(), after);
        assertTrue(after.stream().anyMatch(d -> d.day().equals(LocalDate.of(2026, 10, 10)) && d.workday()));
        assertTrue(referenceData.calendarExceptions(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 16)).stream()
                .allMatch(d -> !d.workday() && d.name().equals("春节")), "the working-day calendar reads the imported rows");
        assertTrue(auditedTypes(admin, "calendar:2026", 1).contains("HolidayNoticeImported"));
    }

    @Test
    void aCurtainRequestIsShippedOnceWithItsTrackingNumberThenDelivered() {
        Caller admin = fixture.newAdmin();
        WorkflowFixture.Applicant applicant = fixture.newApplicant();
        CurtainView requested = applicantDesk.requestCurtain(applicant.caller(), "陈晓明", "13800138000", "广东省深圳市南山区科苑路8号1栋101室");
        CurtainRequestView open = administration.curtainRequests(admin, true, 500).stream().filter(c -> c.id() == requested.id())
                .findFirst().orElseThrow(() -> new AssertionError("an open request is listed"));
        assertEquals("REQUESTED", open.state());
        assertEquals(applicant.caller().username(), open.username());

        InvalidFieldException badNumber = assertThrows(InvalidFieldException.class,
                () -> administration.shipCurtain(admin, new CurtainShipment(requested.id(), "顺丰速运", "SF 12")));
        assertEquals("trackingNumber", badNumber.getField());
        CurtainRequestView shipped = administration.shipCurtain(admin, new CurtainShipment(requested.id(), "顺丰速运", "SF1234567890123"));
        assertEquals("SHIPPED", shipped.state());
        assertNotNull(shipped.shippedAt());
        BusinessException again = assertThrows(BusinessException.class,
                () -> administration.shipCurtain(admin, new CurtainShipment(requested.id(), "顺丰速运", "SF9999999999999")));
        assertEquals("error.curtain.notRequested", again.getMessageKey());

        CurtainRequestView delivered = administration.markCurtainDelivered(admin, requested.id());
        assertEquals("DELIVERED", delivered.state());
        assertNotNull(delivered.deliveredAt());
        assertEquals("SF1234567890123", delivered.trackingNumber());
        assertFalse(administration.curtainRequests(admin, true, 500).stream().anyMatch(c -> c.id() == requested.id()),
                "a delivered request is not open");
        assertTrue(administration.curtainRequests(admin, false, 500).stream().anyMatch(c -> c.id() == requested.id()
                && c.state().equals("DELIVERED")), "but listed with all requests");
        assertThrows(BusinessException.class, () -> administration.curtainRequests(fixture.newReviewer(), true, 10), "admins only");

        // The applicant hears of both steps, the shipment with its courier and tracking number.
        List<String> told = WorkflowFixture.await(() -> {
            List<String> titles = accountDesk.inbox(applicant.caller(), 0, 20).stream()
                    .filter(m -> m.title().contains("幕布")).map(m -> m.title() + " " + m.body()).toList();
            return titles.size() == 2 ? titles : null;
        }, java.time.Duration.ofSeconds(30), "the curtain's two inbox messages");
        assertTrue(told.stream().anyMatch(t -> t.contains("已寄出") && t.contains("顺丰速运") && t.contains("SF1234567890123")), told.toString());
        assertTrue(told.stream().anyMatch(t -> t.contains("已送达")), told.toString());
    }

    @Test
    void anAdministratorIssuesAnAuthorisationCodeOnAResourceOfTheAccountAndRevokesIt() {
        Caller admin = fixture.newAdmin();
        WorkflowFixture.Applicant owner = fixture.newApplicant();
        WorkflowFixture.Applicant other = fixture.newApplicant();
        String username = owner.caller().username();
        AccountResourcesView found = administration.accountResources(admin, username);
        assertEquals(List.of(owner.serverInstance()), found.resources().stream().map(r -> r.instanceId()).toList());
        assertEquals("PREPAID", found.resources().get(0).billingMode());
        assertTrue(found.codes().isEmpty());
        assertEquals("username", assertThrows(InvalidFieldException.class,
                () -> administration.accountResources(admin, "no-such-" + TestData.unique())).getField());

        assertEquals("instanceId", assertThrows(InvalidFieldException.class, () -> administration.issueAuthorisationCode(admin,
                new NewAuthorisationCode(username, other.serverInstance(), 30))).getField(), "only a resource of that account");
        // The fixture's server expires in 300 days: a code cannot outlive it.
        assertEquals("validDays", assertThrows(InvalidFieldException.class, () -> administration.issueAuthorisationCode(admin,
                new NewAuthorisationCode(username, owner.serverInstance(), 365))).getField());

        AuthorisationCodeView issued = administration.issueAuthorisationCode(admin,
                new NewAuthorisationCode(username, owner.serverInstance(), 30));
        assertTrue(issued.code().matches("SQ[A-Z2-9]{14}"), issued.code());
        assertFalse(issued.revoked() || issued.expired());
        assertEquals(List.of(issued.code()), administration.accountResources(admin, username).codes().stream()
                .map(AuthorisationCodeView::code).toList());

        assertTrue(administration.revokeAuthorisationCode(admin, issued.code()).revoked());
        assertTrue(administration.accountResources(admin, username).codes().get(0).revoked());
        assertEquals("error.authorisationCode.alreadyRevoked", assertThrows(BusinessException.class,
                () -> administration.revokeAuthorisationCode(admin, issued.code())).getMessageKey());
    }

    private VerificationPointInput point(Long id, String name, String address, String latitude, String longitude) {
        return new VerificationPointInput(id, "440000", name, address, "工作日 9:00-12:00, 14:00-18:00", "0755-86013388",
                new BigDecimal(latitude), new BigDecimal(longitude));
    }

    private boolean shownToApplicants(long id) {
        return referenceData.listVerificationPoints("440000").stream().anyMatch(p -> p.id() == id);
    }

    /** The event types recorded about the target, oldest first, once at least {@code expected} are there (the audit trail is written just after the commit). */
    private List<String> auditedTypes(Caller admin, String target, int expected) throws InterruptedException {
        List<String> types = List.of();
        for (long until = System.currentTimeMillis() + 30_000; System.currentTimeMillis() < until; Thread.sleep(200)) {
            types = administration.auditTrail(admin, target).stream().filter(r -> r.actor().equals(admin.username()))
                    .map(AuditRecord::eventType).toList();
            if (types.size() >= expected) {
                break;
            }
        }
        return types;
    }
}
