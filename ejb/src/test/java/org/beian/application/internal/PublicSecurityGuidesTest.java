package org.beian.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.beian.application.dto.PublicSecurityGuide;
import org.beian.application.dto.WebsiteFilingView.FilingNumberDisplay;
import org.beian.application.port.DomainLookup.Registrar;
import org.beian.domain.model.filing.CloudServiceData;
import org.beian.domain.model.filing.WebsiteData;
import org.beian.domain.model.registry.Subject;
import org.beian.domain.model.registry.Website;
import org.junit.jupiter.api.Test;

class PublicSecurityGuidesTest {

    private static final Instant APPROVED = Instant.parse("2026-03-02T04:00:00Z");
    private static final Map<String, String> PROVIDER = Map.of(
            "access_provider.name", "腾讯云计算（北京）有限责任公司", "access_provider.region", "北京市市辖区海淀区",
            "access_provider.access_method", "租赁主机", "access_provider.phone", "4009-100-100",
            "access_provider.organisation_code", "56365494-8", "registrar.name", "北京新网数码信息技术有限公司",
            "registrar.region", "北京市市辖区大兴区");

    private final Subject subject = new Subject(1, UnitTestData.SUBJECT_NUMBER,
            UnitTestData.enterprise("深圳市示例科技有限公司", "广东省深圳市南山区科苑路8号1层101室"), APPROVED);

    @Test
    void guangdongShowsTheSubjectNumberEveryOtherProvinceTheWebsiteNumber() {
        FilingNumberDisplay guangdong = PublicSecurityGuides.display("440000", "广东省", "粤ICP备12345678号", "粤ICP备12345678号-1");
        assertTrue(guangdong.subjectNumber());
        assertEquals("粤ICP备12345678号", guangdong.number());
        assertEquals("<a href=\"https://beian.miit.gov.cn/\" target=\"_blank\" rel=\"noopener noreferrer\">粤ICP备12345678号</a>",
                guangdong.snippet());

        FilingNumberDisplay shaanxi = PublicSecurityGuides.display("610000", "陕西省", "陕ICP备87654321号", "陕ICP备87654321号-2");
        assertFalse(shaanxi.subjectNumber());
        assertEquals("陕ICP备87654321号-2", shaanxi.number());
        assertTrue(shaanxi.snippet().contains(">陕ICP备87654321号-2</a>"));
    }

    @Test
    void theGuideHoldsEveryValueToEnterWithTheApprovalDayAsOpeningDate() {
        Website website = new Website(subject, UnitTestData.SUBJECT_NUMBER + "-1", new WebsiteData("示例官网",
                List.of("example.cn", "example.com.cn"), List.of("www.example.cn"), "ORGANISATION_PORTAL", List.of("NEWS", "MEDICINE"),
                List.of("zh-CN", "en"), null, true, null,
                List.of(new CloudServiceData("SERVER", "ins-1", "203.0.113.10"), new CloudServiceData("SERVER", "ins-2", "203.0.113.11")),
                null), APPROVED);

        PublicSecurityGuide guide = PublicSecurityGuides.guide(subject, website, LocalDate.of(2026, 3, 2), PROVIDER, Optional.empty());

        Map<String, String> values = values(guide);
        assertEquals("2026-03-02", values.get("openingDate"));
        assertEquals("example.cn", values.get("mainDomain"));
        assertEquals("example.com.cn", values.get("otherDomains"));
        assertEquals("203.0.113.10|203.0.113.11", values.get("ip"), "one entry per IP, as the platform adds them one by one");
        assertEquals("腾讯云计算（北京）有限责任公司", values.get("providerName"));
        assertEquals("租赁主机", values.get("accessMethod"));
        assertEquals("56365494-8", values.get("providerCode"));
        assertEquals("北京新网数码信息技术有限公司", values.get("registrarName"));
        assertEquals("registrarOurs", entry(guide, "registrarName").note(), "the provider's registrar is only right for domains registered here");
        assertEquals("单位门户网站", values.get("serviceType"));
        assertEquals("是：新闻、医疗保健", values.get("preApproval"));
        assertEquals("中文简体、英语", values.get("languages"));
        assertEquals(List.of("website", "accessProvider", "registrar", "other"),
                guide.sections().stream().map(PublicSecurityGuide.Section::key).toList());
    }

    @Test
    void theRegistrarsOwnWordWinsAndWhatIsUnknownIsSaid() {
        Website website = new Website(subject, UnitTestData.SUBJECT_NUMBER + "-1", new WebsiteData("示例官网", List.of("example.cn"),
                List.of("www.example.cn"), "ORGANISATION_PORTAL", List.of("NONE"), List.of("zh-CN"), null, true, null,
                List.of(new CloudServiceData("AUTHORISATION_CODE", "CODE-1", null)), null), APPROVED);

        PublicSecurityGuide guide = PublicSecurityGuides.guide(subject, website, LocalDate.of(2026, 3, 2), PROVIDER,
                Optional.of(new Registrar("阿里云计算有限公司", "浙江省杭州市余杭区")));

        assertEquals("阿里云计算有限公司", entry(guide, "registrarName").value());
        assertNull(entry(guide, "registrarName").note());
        assertNull(entry(guide, "ip").value());
        assertEquals("ipMissing", entry(guide, "ip").note());
        assertNull(entry(guide, "otherDomains").value());
        assertEquals("否", entry(guide, "preApproval").value());
    }

    @Test
    void remindersFollowTheDaysAfterApprovalUntilTheLast() {
        assertEquals(Optional.of(APPROVED.plus(Duration.ofDays(7))), Reminders.nextPublicSecurityReminder(APPROVED, APPROVED));
        assertEquals(Optional.of(APPROVED.plus(Duration.ofDays(20))),
                Reminders.nextPublicSecurityReminder(APPROVED, APPROVED.plus(Duration.ofDays(7))), "the 7th day's has been sent");
        assertEquals(Optional.empty(), Reminders.nextPublicSecurityReminder(APPROVED, APPROVED.plus(Duration.ofDays(366))));
    }

    private static Map<String, String> values(PublicSecurityGuide guide) {
        return guide.sections().stream().flatMap(s -> s.entries().stream()).filter(e -> e.value() != null)
                .collect(Collectors.groupingBy(PublicSecurityGuide.Entry::field, java.util.LinkedHashMap::new,
                        Collectors.mapping(PublicSecurityGuide.Entry::value, Collectors.joining("|"))));
    }

    private static PublicSecurityGuide.Entry entry(PublicSecurityGuide guide, String field) {
        return guide.sections().stream().flatMap(s -> s.entries().stream()).filter(e -> e.field().equals(field)).findFirst().orElseThrow();
    }
}
