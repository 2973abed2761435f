package org.beian.domain.model.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The snapshot as the order row stores it (JSON through JSON-B): every field comes back, the emergency
 * phones and domain registrations included, although the records carry a second, shorter constructor.
 */
class FilingSnapshotConverterTest {

    private final FilingSnapshotConverter converter = new FilingSnapshotConverter();

    @Test
    void aSnapshotWithEveryFieldSurvivesTheRoundTrip() {
        PersonData principal = new PersonData("陈晓明", "RESIDENT_ID", "440305198506123452", "086-0755-86013388",
                "13800138000", "chen@example.com", "13900139000");
        SubjectData subject = new SubjectData("440000", "440300", "440305", "ENTERPRISE", "BUSINESS_LICENCE", "91440300MA5F3K2Q6X",
                "深圳市示例科技有限公司", "广东省深圳市南山区科苑路8号", "深圳市示例投资有限公司", "陈晓明", "广东省深圳市南山区科苑路8号1栋101室",
                null, principal, null);
        WebsiteData website = new WebsiteData("示例官网", List.of("example-cn.cn"), List.of("www.example-cn.cn"), "ORGANISATION_PORTAL",
                List.of("NONE"), List.of("zh-CN"), null, false,
                new PersonData("李娜", "RESIDENT_ID", "440305199001011234", null, "13700137000", "li@example.com", "13600136000"),
                List.of(new CloudServiceData("SERVER", "ins-1", "203.0.113.50")), null,
                List.of(new DomainRegistration("example-cn.cn", "2028-06-30", "深圳市示例科技有限公司")));
        FilingSnapshot snapshot = new FilingSnapshot(subject, List.of(website));

        FilingSnapshot read = converter.convertToEntityAttribute(converter.convertToDatabaseColumn(snapshot));

        assertEquals(snapshot, read);
        assertEquals("13900139000", read.subject().principal().emergencyPhone());
        assertEquals("2028-06-30", read.websites().get(0).domainRegistrations().get(0).expiresOn());
    }
}
