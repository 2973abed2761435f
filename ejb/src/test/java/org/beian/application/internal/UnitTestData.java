package org.beian.application.internal;

import java.util.List;
import org.beian.domain.model.filing.CloudServiceData;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.PersonData;
import org.beian.domain.model.filing.SubjectData;
import org.beian.domain.model.filing.WebsiteData;

/**
 * The shapes of the integration tests' {@code TestData} (a Shenzhen enterprise, websites with and
 * without their own principal), fixed rather than random: each unit test has a registry of its own.
 */
final class UnitTestData {

    static final String SUBJECT_NUMBER = "粤ICP备12345678号";

    private UnitTestData() {}

    /** A principal with the emergency phone (应急联系电话) current desks ask for, a second mobile of his own. */
    static PersonData principal(String name, String certificate, String mobile, String emergencyPhone) {
        return new PersonData(name, "RESIDENT_ID", certificate, "086-0755-86013388", mobile, "principal@example.com", emergencyPhone);
    }

    static SubjectData enterprise(String name, String mailingAddress) {
        return new SubjectData("440000", "440300", "440305", "ENTERPRISE", "BUSINESS_LICENCE", "91440300MA5F3K2Q6E", name,
                "广东省深圳市南山区科技园科苑路8号", "深圳市示例投资有限公司", "陈晓明", mailingAddress, null,
                principal("陈晓明", "440305198506123451", "13800138000", "13700137000"), null);
    }

    static WebsiteData website(String name, String domain, boolean sameAsSubject) {
        return new WebsiteData(name, List.of(domain), List.of("www." + domain), "ORGANISATION_PORTAL", List.of("NONE"),
                List.of("zh-CN"), null, sameAsSubject,
                sameAsSubject ? null : principal("李娜", "440306198802150020", "13900139000", "13600136000"),
                List.of(new CloudServiceData("SERVER", "ins-" + domain, "203.0.113.10")), null);
    }

    static FilingSnapshot firstFilingWithTwoWebsites() {
        return new FilingSnapshot(enterprise("深圳市示例科技有限公司", "广东省深圳市南山区科苑路8号1层101室"),
                List.of(website("示例科技官方网站", "example-official.cn", true),
                        website("示例科技产品中心", "example-products.com", false)));
    }

    static FilingSnapshot oneWebsite(String name, String domain) {
        return new FilingSnapshot(enterprise("深圳市示例科技有限公司", "广东省深圳市南山区科苑路8号1层101室"),
                List.of(website(name, domain, true)));
    }

    static SubjectData withMailingAddress(SubjectData s, String address) {
        return new SubjectData(s.provinceCode(), s.cityCode(), s.districtCode(), s.nature(), s.certificateType(),
                s.certificateNumber(), s.name(), s.certificateAddress(), s.investor(), s.legalRepresentative(), address,
                s.remark(), s.principal(), s.icpNumber());
    }

    static SubjectData withIcpNumber(SubjectData s, String icpNumber) {
        return new SubjectData(s.provinceCode(), s.cityCode(), s.districtCode(), s.nature(), s.certificateType(),
                s.certificateNumber(), s.name(), s.certificateAddress(), s.investor(), s.legalRepresentative(),
                s.mailingAddress(), s.remark(), s.principal(), icpNumber);
    }

    static WebsiteData withName(WebsiteData w, String name) {
        return new WebsiteData(name, w.domains(), w.homepageUrls(), w.serviceContent(), w.preApprovalTypes(), w.languages(),
                w.remark(), w.principalSameAsSubject(), w.principal(), w.cloudServices(), w.icpNumber());
    }

    static WebsiteData withIcpNumber(WebsiteData w, String icpNumber) {
        return new WebsiteData(w.name(), w.domains(), w.homepageUrls(), w.serviceContent(), w.preApprovalTypes(), w.languages(),
                w.remark(), w.principalSameAsSubject(), w.principal(), w.cloudServices(), icpNumber);
    }
}
