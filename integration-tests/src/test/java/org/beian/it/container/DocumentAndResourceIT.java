package org.beian.it.container;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.Set;
import org.beian.application.desk.AccountDesk;
import org.beian.application.dto.AccountView;
import org.beian.application.dto.NewAccount;
import org.beian.domain.model.account.Role;
import org.beian.domain.model.document.Document;
import org.beian.domain.model.document.DocumentKind;
import org.beian.domain.model.document.DocumentRepository;
import org.beian.domain.model.resource.AuthorisationCode;
import org.beian.domain.model.resource.CloudResource;
import org.beian.domain.model.resource.CurtainRequest;
import org.beian.domain.model.resource.ResourceRepository;
import org.beian.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Uploaded files live in the database (any instance can serve them); account resources persist. */
@ExtendWith(ArquillianExtension.class)
class DocumentAndResourceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    AccountDesk accounts;

    @Inject
    DocumentRepository documents;

    @Inject
    ResourceRepository resources;

    @Resource
    UserTransaction tx;

    @Test
    void aTwoMegabyteImageIsStoredAndReadBackByteForByte() throws Exception {
        AccountView owner = newAccount();
        byte[] bytes = new byte[2 * 1024 * 1024];
        new Random(42).nextBytes(bytes);

        tx.begin();
        Document stored = documents.add(new Document(owner.id(), DocumentKind.IDENTITY_BOTH_SIDES, "身份证.jpg", "image/jpeg",
                bytes.length, "0".repeat(64), 1600, 1200, Instant.now()), bytes);
        tx.commit();

        assertArrayEquals(bytes, documents.content(stored.getId()).orElseThrow());
        assertEquals(1, documents.listByAccount(owner.id(), 0, 20).size());
        assertEquals("身份证.jpg", documents.listByAccount(owner.id(), 0, 20).get(0).getFileName());
    }

    @Test
    void resourcesAuthorisationCodesAndCurtainRequestsPersist() throws Exception {
        AccountView owner = newAccount();
        AccountView other = newAccount();
        String instance = "ins-" + TestData.unique();
        Instant now = Instant.now();

        tx.begin();
        CloudResource server = resources.add(new CloudResource(owner.id(), CloudResource.Kind.SERVER, instance, "203.0.113.20",
                "华南地区（广州）", true, CloudResource.BillingMode.PREPAID, 12, now.plus(300, ChronoUnit.DAYS), 5));
        resources.add(new AuthorisationCode("AUTH" + TestData.unique(), owner.id(), server, now, now.plus(30, ChronoUnit.DAYS)));
        resources.add(new CurtainRequest(owner.id(), "张伟", "13800138000", "广东省深圳市南山区科苑路8号", true, now, LocalDate.now()));
        tx.commit();

        CloudResource read = resources.findResourceByInstance(instance).orElseThrow();
        assertTrue(read.isMainland());
        assertTrue(read.daysLeft(now) >= 299);
        AuthorisationCode code = resources.listCodesIssuedBy(owner.id()).get(0);
        assertTrue(code.usableBy(other.id(), now));
        assertFalse(code.usableBy(owner.id(), now), "an account does not use its own code");
        assertEquals(instance, code.getResource().getInstanceId());
        assertEquals(1, resources.countFreeCurtainRequestsOf(owner.id()));
        assertEquals(CurtainRequest.State.REQUESTED, resources.listCurtainRequestsOf(owner.id()).get(0).getState());
    }

    private AccountView newAccount() {
        String username = "doc-" + TestData.unique();
        return accounts.createAccount(new NewAccount(username, "S3cret-pass", "资料测试", null, null, "zh-CN", Set.of(Role.APPLICANT)));
    }
}
