package org.beian.it.container;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.beian.application.desk.AccountDesk;
import org.beian.application.dto.NewAccount;
import org.beian.application.security.Caller;
import org.beian.domain.model.account.Role;
import org.beian.domain.model.filing.CloudServiceData;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.PersonData;
import org.beian.domain.model.filing.SubjectData;
import org.beian.domain.model.filing.WebsiteData;

/** Builders for the data each test makes for itself: unique names, numbers and domains every call. */
public final class TestData {

    private TestData() {}

    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static Caller newApplicant(AccountDesk accounts) {
        String username = "it-" + unique();
        accounts.createAccount(new NewAccount(username, "S3cret-pass", "测试申请人", username + "@example.com", null,
                "zh-CN", Set.of(Role.APPLICANT)));
        return new Caller(username, Set.of(Role.APPLICANT));
    }

    static String subjectNumber(String abbreviation) {
        return abbreviation + "ICP备" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)) + "号";
    }

    static PersonData principal(String name, String certificate, String mobile) {
        return new PersonData(name, "RESIDENT_ID", certificate, "086-0755-86013388", mobile, "principal@example.com");
    }

    static SubjectData enterprise(String name, String mailingAddress) {
        return new SubjectData("440000", "440300", "440305", "ENTERPRISE", "BUSINESS_LICENCE", "91440300MA5F3K2Q6E", name,
                "广东省深圳市南山区科技园科苑路8号", "深圳市示例投资有限公司", "陈晓明", mailingAddress, null,
                principal("陈晓明", "440305198506123451", "13800138000"), null);
    }

    static WebsiteData website(String name, String domain, boolean sameAsSubject) {
        return new WebsiteData(name, List.of(domain), List.of("www." + domain), "ORGANISATION_PORTAL", List.of("NONE"),
                List.of("zh-CN"), null, sameAsSubject,
                sameAsSubject ? null : principal("李娜", "440306198802150020", "13900139000"),
                List.of(new CloudServiceData("SERVER", "ins-" + unique(), "203.0.113.10")), null);
    }

    static FilingSnapshot firstFilingWithTwoWebsites(String tag) {
        return new FilingSnapshot(enterprise("深圳市" + tag + "科技有限公司", "广东省深圳市南山区科苑路8号1层101室"),
                List.of(website(tag + "科技官方网站", tag + "-official.cn", true),
                        website(tag + "科技产品中心", tag + "-products.com", false)));
    }
}
