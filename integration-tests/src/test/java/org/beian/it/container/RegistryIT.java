package org.beian.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Set;
import org.beian.application.AccessDeniedException;
import org.beian.application.desk.AccountDesk;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.dto.BureauApproval;
import org.beian.application.dto.DomainLookup;
import org.beian.application.dto.NewOrder;
import org.beian.application.dto.OrderView;
import org.beian.application.dto.SubjectView;
import org.beian.application.internal.Registry;
import org.beian.application.security.Caller;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.SubjectData;
import org.beian.domain.model.filing.WebsiteData;
import org.beian.domain.model.registry.SubjectStatus;
import org.beian.domain.model.registry.SubjectSummary;
import org.beian.domain.model.registry.WebsiteStatus;
import org.beian.infrastructure.national.model.NationalSubjectEntry;
import org.beian.infrastructure.national.model.NationalWebsiteEntry;
import org.beian.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Orders propose, the registry changes on approval only, and a submitted snapshot never changes. */
@ExtendWith(ArquillianExtension.class)
class RegistryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    Registry registryInternals;

    @Inject
    ApplicantDesk applicantDesk;

    @Inject
    AccountDesk accounts;

    @PersistenceContext(unitName = "beian")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Test
    void firstFilingWithTwoWebsitesIsAppliedToTheRegistryAndReadBack() {
        Caller applicant = TestData.newApplicant(accounts);
        String tag = "t" + TestData.unique();
        FilingSnapshot proposed = TestData.firstFilingWithTwoWebsites(tag);
        OrderView order = applicantDesk.startDraft(applicant, new NewOrder(OrderType.FIRST_FILING, null, proposed, null));
        assertTrue(order.orderNumber().matches("\\d{13,}"), order.orderNumber());
        assertEquals(OrderState.DRAFT, order.state());

        String subjectNumber = TestData.subjectNumber("粤");
        SubjectView subject = applied(order.orderNumber(), new BureauApproval(subjectNumber,
                List.of(subjectNumber + "-1", subjectNumber + "-2"), "PBKDF2WithHmacSHA256:1:c2FsdA==:aGFzaA=="));

        SubjectView read = applicantDesk.getSubject(applicant, subjectNumber);
        assertEquals(subject, read);
        assertEquals(SubjectStatus.NORMAL, read.status());
        assertEquals(proposed.subject().name(), read.data().name());
        assertEquals(proposed.subject().principal(), read.data().principal());
        assertEquals(2, read.websites().size());
        SubjectView.WebsiteView first = read.websites().get(0);
        assertEquals(subjectNumber + "-1", first.icpNumber());
        assertEquals(List.of(tag + "-official.cn"), first.data().domains());
        assertEquals(List.of("www." + tag + "-official.cn"), first.data().homepageUrls());
        assertTrue(first.data().principalSameAsSubject());
        SubjectView.WebsiteView second = read.websites().get(1);
        assertEquals("李娜", second.data().principal().name());
        assertEquals(1, second.accessProviders().size(), "filed with this provider");

        DomainLookup lookup = applicantDesk.lookupDomain(applicant, tag + "-products.com");
        assertEquals(DomainLookup.Where.HERE, lookup.where());
        assertEquals(subjectNumber + "-2", lookup.websiteIcpNumber());
    }

    @Test
    void aLaterChangeOrderLeavesTheFirstOrdersSnapshotUntouched() {
        Caller applicant = TestData.newApplicant(accounts);
        String tag = "c" + TestData.unique();
        FilingSnapshot proposed = TestData.firstFilingWithTwoWebsites(tag);
        OrderView first = applicantDesk.startDraft(applicant, new NewOrder(OrderType.FIRST_FILING, null, proposed, null));
        String subjectNumber = TestData.subjectNumber("粤");
        SubjectView filed = applied(first.orderNumber(),
                new BureauApproval(subjectNumber, List.of(subjectNumber + "-1", subjectNumber + "-2"), null));

        SubjectData changedSubject = withMailingAddress(filed.data(), "广东省深圳市南山区科苑路9号2层202室");
        WebsiteData changedWebsite = withName(filed.websites().get(0).data(), tag + "科技新官网");
        OrderView change = applicantDesk.startDraft(applicant, new NewOrder(OrderType.CHANGE, subjectNumber,
                new FilingSnapshot(changedSubject, List.of(changedWebsite)), null));
        applied(change.orderNumber(), new BureauApproval(subjectNumber, List.of(), null));

        SubjectView after = applicantDesk.getSubject(applicant, subjectNumber);
        assertEquals("广东省深圳市南山区科苑路9号2层202室", after.data().mailingAddress());
        assertEquals(tag + "科技新官网", after.websites().get(0).data().name());
        assertEquals(filed.websites().get(1).data(), after.websites().get(1).data(), "the website not in the order is unchanged");

        OrderView firstAgain = applicantDesk.getOrder(applicant, first.orderNumber());
        assertEquals(proposed, firstAgain.snapshot(), "what was submitted stays as it was");
        assertEquals("广东省深圳市南山区科苑路8号1层101室", firstAgain.snapshot().subject().mailingAddress());
    }

    @Test
    void cancellingAccessOfTheLastWebsiteLeavesShells() {
        Caller applicant = TestData.newApplicant(accounts);
        String tag = "s" + TestData.unique();
        FilingSnapshot proposed = new FilingSnapshot(TestData.enterprise("深圳市" + tag + "有限公司", "广东省深圳市南山区科苑路8号"),
                List.of(TestData.website(tag + "官方网站", tag + ".cn", true)));
        OrderView first = applicantDesk.startDraft(applicant, new NewOrder(OrderType.FIRST_FILING, null, proposed, null));
        String subjectNumber = TestData.subjectNumber("粤");
        SubjectView filed = applied(first.orderNumber(), new BureauApproval(subjectNumber, List.of(subjectNumber + "-1"), null));

        OrderView cancel = applicantDesk.startDraft(applicant, new NewOrder(OrderType.CANCEL_ACCESS, subjectNumber,
                new FilingSnapshot(null, List.of(filed.websites().get(0).data())), null));
        SubjectView after = applied(cancel.orderNumber(), new BureauApproval(subjectNumber, List.of(), null));

        assertEquals(WebsiteStatus.SHELL, after.websites().get(0).status());
        assertTrue(after.websites().get(0).accessProviders().isEmpty());
        assertEquals(SubjectStatus.SHELL, after.status());
    }

    @Test
    void anotherAccountCannotSeeTheOrderNorTheSubject() {
        Caller owner = TestData.newApplicant(accounts);
        Caller stranger = TestData.newApplicant(accounts);
        String tag = "a" + TestData.unique();
        OrderView order = applicantDesk.startDraft(owner, new NewOrder(OrderType.FIRST_FILING, null,
                TestData.firstFilingWithTwoWebsites(tag), null));
        String subjectNumber = TestData.subjectNumber("粤");
        applied(order.orderNumber(), new BureauApproval(subjectNumber, List.of(subjectNumber + "-1", subjectNumber + "-2"), null));

        assertThrows(AccessDeniedException.class, () -> applicantDesk.getOrder(stranger, order.orderNumber()));
        assertThrows(AccessDeniedException.class, () -> applicantDesk.getSubject(stranger, subjectNumber));
        assertTrue(applicantDesk.mySubjects(stranger).isEmpty());
        Caller reviewer = new Caller("reviewer", Set.of(org.beian.domain.model.account.Role.REVIEWER));
        assertEquals(subjectNumber, applicantDesk.getSubject(reviewer, subjectNumber).icpNumber());
    }

    @Test
    void listsShowCertificateAndMobileNumbersMasked() {
        Caller applicant = TestData.newApplicant(accounts);
        OrderView order = applicantDesk.startDraft(applicant, new NewOrder(OrderType.FIRST_FILING, null,
                TestData.firstFilingWithTwoWebsites("m" + TestData.unique()), null));
        String subjectNumber = TestData.subjectNumber("粤");
        applied(order.orderNumber(), new BureauApproval(subjectNumber, List.of(subjectNumber + "-1", subjectNumber + "-2"), null));

        List<SubjectSummary> summaries = applicantDesk.mySubjects(applicant);
        assertEquals(1, summaries.size());
        SubjectSummary summary = summaries.get(0);
        assertEquals("914403********2Q6E", summary.maskedCertificateNumber());
        assertEquals("138****8000", summary.maskedMobile());
        assertNotEquals("91440300MA5F3K2Q6E", summary.maskedCertificateNumber());
    }

    @Test
    void aDomainFiledThroughAnotherProviderIsFoundInTheNationalRegistry() throws Exception {
        String domain = "n" + TestData.unique() + ".com";
        String subjectNumber = TestData.subjectNumber("京");
        tx.begin();
        NationalSubjectEntry subject = new NationalSubjectEntry(subjectNumber, "110000", "INDIVIDUAL", "RESIDENT_ID",
                "110108199003071238", "周立", "周立", "PBKDF2WithHmacSHA256:1:c2FsdA==:aGFzaA==");
        em.persist(subject);
        em.persist(new NationalWebsiteEntry(subject, subjectNumber + "-1", "周立的读书笔记", List.of(domain), List.of("其他云服务商")));
        tx.commit();

        Caller applicant = TestData.newApplicant(accounts);
        DomainLookup lookup = applicantDesk.lookupDomain(applicant, domain.toUpperCase());

        assertEquals(DomainLookup.Where.ELSEWHERE, lookup.where());
        assertEquals(subjectNumber, lookup.subjectIcpNumber());
        assertEquals(subjectNumber + "-1", lookup.websiteIcpNumber());
        assertEquals(List.of("其他云服务商"), lookup.accessProviders());
        assertEquals(DomainLookup.Where.NOT_FILED, applicantDesk.lookupDomain(applicant, "never-" + domain).where());
        assertFalse(lookup.subjectName().isEmpty());
    }

    private static SubjectData withMailingAddress(SubjectData s, String address) {
        return new SubjectData(s.provinceCode(), s.cityCode(), s.districtCode(), s.nature(), s.certificateType(),
                s.certificateNumber(), s.name(), s.certificateAddress(), s.investor(), s.legalRepresentative(), address,
                s.remark(), s.principal(), s.icpNumber());
    }

    private static WebsiteData withName(WebsiteData w, String name) {
        return new WebsiteData(name, w.domains(), w.homepageUrls(), w.serviceContent(), w.preApprovalTypes(), w.languages(),
                w.remark(), w.principalSameAsSubject(), w.principal(), w.cloudServices(), w.icpNumber());
    }

    /** The registry's side of an approval on its own (the workflow's transition is tested elsewhere), in a transaction. */
    private SubjectView applied(String orderNumber, BureauApproval approval) {
        try {
            tx.begin();
            SubjectView applied = registryInternals.applyApproval(orderNumber, approval);
            tx.commit();
            return applied;
        } catch (Exception e) {
            throw new IllegalStateException("Approval of " + orderNumber + " not applied", e);
        }
    }
}
