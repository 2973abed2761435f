package org.beian.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.beian.application.BusinessException;
import org.beian.application.ConcurrentChangeException;
import org.beian.application.desk.AccountDesk;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.dto.NewOrder;
import org.beian.application.dto.OrderView;
import org.beian.application.security.Caller;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderType;
import org.beian.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two people editing one order: one wins, the other is told so in words, and nothing is lost silently. */
@ExtendWith(ArquillianExtension.class)
class OrderConcurrencyIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    ApplicantDesk applicantDesk;

    @Inject
    AccountDesk accounts;

    @Resource
    ManagedExecutorService executor;

    @Test
    void aSaveBasedOnAStaleVersionIsRefusedWithABusinessError() {
        Caller applicant = TestData.newApplicant(accounts);
        OrderView draft = applicantDesk.startDraft(applicant, new NewOrder(OrderType.FIRST_FILING, null,
                TestData.firstFilingWithTwoWebsites("v" + TestData.unique()), null));

        OrderView saved = applicantDesk.saveDraft(applicant, draft.orderNumber(), draft.version(), renamed(draft.snapshot(), "甲"));
        ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class,
                () -> applicantDesk.saveDraft(applicant, draft.orderNumber(), draft.version(), renamed(draft.snapshot(), "乙")));

        assertEquals("error.concurrentChange", refused.getMessageKey());
        OrderView now = applicantDesk.getOrder(applicant, draft.orderNumber());
        assertEquals(saved.version(), now.version());
        assertTrue(now.snapshot().subject().name().endsWith("甲"), "the first save is kept");
    }

    @Test
    void twoTransactionsUpdatingTheSameOrderAtOnceOneFailsClearly() throws Exception {
        Caller applicant = TestData.newApplicant(accounts);
        OrderView draft = applicantDesk.startDraft(applicant, new NewOrder(OrderType.FIRST_FILING, null,
                TestData.firstFilingWithTwoWebsites("r" + TestData.unique()), null));

        CountDownLatch start = new CountDownLatch(1);
        List<Future<OrderView>> saves = new ArrayList<>();
        for (String name : List.of("甲", "乙")) {
            saves.add(executor.submit(() -> {
                start.await();
                return applicantDesk.saveDraft(applicant, draft.orderNumber(), draft.version(), renamed(draft.snapshot(), name));
            }));
        }
        start.countDown();

        int succeeded = 0;
        int refused = 0;
        for (Future<OrderView> save : saves) {
            try {
                save.get(60, TimeUnit.SECONDS);
                succeeded++;
            } catch (ExecutionException e) {
                assertTrue(e.getCause() instanceof ConcurrentChangeException, "a business error, not " + e.getCause());
                assertEquals("error.concurrentChange", ((BusinessException) e.getCause()).getMessageKey());
                refused++;
            }
        }
        assertEquals(1, succeeded);
        assertEquals(1, refused);
        assertEquals(draft.version() + 1, applicantDesk.getOrder(applicant, draft.orderNumber()).version());
    }

    @Test
    void theSameClientKeyCreatesOneOrder() {
        Caller applicant = TestData.newApplicant(accounts);
        String key = "key-" + TestData.unique();
        FilingSnapshot snapshot = TestData.firstFilingWithTwoWebsites("k" + TestData.unique());

        OrderView first = applicantDesk.startDraft(applicant, new NewOrder(OrderType.FIRST_FILING, null, snapshot, key));
        OrderView again = applicantDesk.startDraft(applicant, new NewOrder(OrderType.FIRST_FILING, null, snapshot, key));

        assertEquals(first.orderNumber(), again.orderNumber());
    }

    private static FilingSnapshot renamed(FilingSnapshot snapshot, String suffix) {
        var s = snapshot.subject();
        return new FilingSnapshot(new org.beian.domain.model.filing.SubjectData(s.provinceCode(), s.cityCode(), s.districtCode(),
                s.nature(), s.certificateType(), s.certificateNumber(), s.name() + suffix, s.certificateAddress(), s.investor(),
                s.legalRepresentative(), s.mailingAddress(), s.remark(), s.principal(), s.icpNumber()), snapshot.websites());
    }
}
