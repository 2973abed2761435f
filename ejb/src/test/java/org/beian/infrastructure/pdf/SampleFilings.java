package org.beian.infrastructure.pdf;

import java.util.List;
import org.beian.domain.model.filing.CloudServiceData;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.PersonData;
import org.beian.domain.model.filing.SubjectData;
import org.beian.domain.model.filing.WebsiteData;

/** Realistic snapshots: an enterprise in Xinjiang with two websites, an individual in Guangdong. */
final class SampleFilings {

    static final PersonData ENTERPRISE_PRINCIPAL = new PersonData("阿依古丽·买买提", "RESIDENT_ID",
            "650102198803154521", "0991-4567890", "13899123456", "ayiguli@tianshan-tea.cn");
    static final PersonData SHOP_PRINCIPAL = new PersonData("王建军", "RESIDENT_ID",
            "650104199002273516", "0991-4567891", "13999887766", "wangjianjun@tianshan-tea.cn");
    static final PersonData INDIVIDUAL = new PersonData("陈晓明", "RESIDENT_ID",
            "440305199507120035", "", "13712345678", "chenxiaoming@example.cn");

    private SampleFilings() {}

    static FilingSnapshot xinjiangEnterprise() {
        SubjectData subject = new SubjectData("650000", "650100", "650102", "ENTERPRISE", "BUSINESS_LICENCE",
                "91650102MA77XK2Q3B", "乌鲁木齐天山茶业有限公司", "新疆乌鲁木齐市天山区解放南路88号",
                "乌鲁木齐天山茶业有限公司", "阿依古丽·买买提", "新疆乌鲁木齐市天山区解放南路88号3楼", "",
                ENTERPRISE_PRINCIPAL, null);
        WebsiteData portal = new WebsiteData("天山茶业官网", List.of("tianshan-tea.cn"),
                List.of("www.tianshan-tea.cn"), "ORGANISATION_PORTAL", List.of("NONE"), List.of("zh-CN"),
                "", true, null, List.of(new CloudServiceData("SERVER", "ins-7f3k9q2m", "101.34.56.78")), null);
        WebsiteData shop = new WebsiteData("天山茶业产品展示", List.of("tianshan-chaye.com"),
                List.of("www.tianshan-chaye.com"), "ORGANISATION_PORTAL", List.of("NONE"), List.of("zh-CN", "ug-CN"),
                "展示本公司茶叶产品，不涉及在线交易", false, SHOP_PRINCIPAL,
                List.of(new CloudServiceData("WEB_HOSTING", "vh-2c81d0", "")), null);
        return new FilingSnapshot(subject, List.of(portal, shop));
    }

    static FilingSnapshot guangdongIndividual() {
        SubjectData subject = new SubjectData("440000", "440300", "440305", "INDIVIDUAL", "RESIDENT_ID",
                INDIVIDUAL.certificateNumber(), INDIVIDUAL.name(), "广东省深圳市南山区科技园南区高新南一道9号",
                null, null, "广东省深圳市南山区粤海街道科苑路15号1栋1203", "", INDIVIDUAL, null);
        WebsiteData blog = new WebsiteData("陈晓明的技术笔记", List.of("chenxiaoming.cn"),
                List.of("www.chenxiaoming.cn"), "OTHER", List.of("NONE"), List.of("zh-CN"),
                "个人技术博客，记录编程学习笔记", true, null,
                List.of(new CloudServiceData("SERVER", "ins-0a1b2c3d", "119.29.10.20")), null);
        return new FilingSnapshot(subject, List.of(blog));
    }
}
