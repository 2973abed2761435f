package org.beian.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderType;
import org.junit.jupiter.api.Test;

class VerificationFormTest {

    private static final String COMMITMENT = "本人已履行网站备案信息当面核验手续，承认网站备案信息和核验记录真实有效，"
            + "承诺本网站是个人网站，未含企业、单位等非个人网站的信息，承诺网站备案信息一旦发生变更，将及时进行更新，"
            + "填报虚假备案信息、未履行备案变更手续、超出备案项目提供服务的，愿承担关闭网站并注销备案（列黑名单）等相应处理。";

    /** Subsets of two weights for one or two pages; the whole fonts are about 10 MB each. */
    private static final int MAX_BYTES = 400_000;

    @Test
    void anOrganisationGetsOneFormPerWebsiteWithEveryField() throws IOException {
        byte[] pdf = render(SampleFilings.xinjiangEnterprise(), "2605140001234", Locale.SIMPLIFIED_CHINESE,
                "verification-form-xinjiang-enterprise.pdf");
        List<String> pages = PdfText.pages(pdf);
        assertEquals(2, pages.size(), "one page per website");
        for (String page : pages) {
            assertContains(page, "网站备案信息真实性核验单", "订单号：2605140001234", "首次备案", "新疆维吾尔自治区",
                    "乌鲁木齐天山茶业有限公司", "企业", "新疆维吾尔自治区乌鲁木齐市天山区", "工商营业执照",
                    "91650102MA77XK2Q3B", "新疆乌鲁木齐市天山区解放南路88号3楼", "法定代表人",
                    "阿依古丽·买买提", "650102198803154521", "0991-4567890", "13899123456",
                    "ayiguli@tianshan-tea.cn");
        }
        assertContains(pages.get(0), "网站1/2", "天山茶业官网", "tianshan-tea.cn", "www.tianshan-tea.cn",
                "单位门户网站", "以上都不涉及", "云服务器ins-7f3k9q2m（公网IP101.34.56.78）", "网站负责人（同主办单位负责人）");
        assertFalse(pages.get(0).contains("tianshan-chaye.com"), "the second website is on its own form");
        assertContains(pages.get(1), "网站2/2", "天山茶业产品展示", "tianshan-chaye.com", "网站托管vh-2c81d0",
                "展示本公司茶叶产品，不涉及在线交易", "王建军", "650104199002273516", "13999887766",
                "wangjianjun@tianshan-tea.cn");
    }

    @Test
    void anOrganisationInXinjiangIsToldToPrintTwoStampLeaveTheDateBlankAndPressAFingerprint() throws IOException {
        String page = PdfText.pages(render(SampleFilings.xinjiangEnterprise(), "2605140001234",
                Locale.SIMPLIFIED_CHINESE, null)).get(0);
        assertContains(page, "请打印两份本核验单", "网站负责人在核验单最下方网站负责人签字处签名。",
                "两份核验单均须加盖单位公章，日期留空。", "新疆的用户需要在签字旁边摁手印。", "保留两份原件以备后续邮寄",
                "网站负责人签字：", "手印", "主办单位（盖章）：", "日期：");
        assertFalse(page.contains("本人已履行"), "organisations copy no commitment");
    }

    @Test
    void aGuangdongIndividualCopiesTheCommitmentAndStampsNothing() throws IOException {
        byte[] pdf = render(SampleFilings.guangdongIndividual(), "2605140001299", Locale.SIMPLIFIED_CHINESE,
                "verification-form-guangdong-individual.pdf");
        assertEquals(1, PdfText.pages(pdf).size(), "the signature stays on the form's one page");
        String text = PdfText.all(pdf);
        assertContains(text, "陈晓明", "个人", "身份证", "440305199507120035", "广东省深圳市南山区",
                "陈晓明的技术笔记", "chenxiaoming.cn", "其他", "个人技术博客，记录编程学习笔记",
                "请打印一份本核验单", "广东的用户除签字外需要在核验单下方空白处抄写下面这段话：", COMMITMENT,
                "请在下方空白处抄写上述文字：", "网站负责人签字：", "日期：");
        assertFalse(text.contains("主办单位（盖章）"), "individuals have no seal");
        assertFalse(text.contains("手印"), "Guangdong asks for no fingerprint");
        assertFalse(text.contains("投资者或上级主管单位"), "individuals have no investor");
    }

    @Test
    void inEnglishTheLabelsAndInstructionsTranslateButTheDataAndTheCommitmentDoNot() throws IOException {
        byte[] pdf = render(SampleFilings.guangdongIndividual(), "2605140001299", Locale.ENGLISH,
                "verification-form-guangdong-individual-en.pdf");
        assertEquals(1, PdfText.pages(pdf).size(), "the signature stays on the form's one page");
        String text = PdfText.all(pdf);
        assertContains(text, "网站备案信息真实性核验单", "Websitefilinginformationauthenticityverificationform",
                "Sponsorname", "陈晓明", "Residentidentitycard", "Howtosignthisform", "Guangdong:besidessigning",
                COMMITMENT, "Website principal's signature:".replace(" ", ""));
    }

    @Test
    void everyFontIsEmbeddedAsASubsetAndTheFileStaysSmall() throws IOException {
        for (FilingSnapshot snapshot : List.of(SampleFilings.xinjiangEnterprise(), SampleFilings.guangdongIndividual())) {
            byte[] pdf = VerificationForm.render(snapshot, "2605140001234", OrderType.FIRST_FILING, Locale.SIMPLIFIED_CHINESE);
            List<PdfText.FontUse> fonts = PdfText.fonts(pdf);
            assertFalse(fonts.isEmpty());
            for (PdfText.FontUse font : fonts) {
                assertTrue(font.embedded(), font.name() + " is not embedded");
                assertTrue(font.name().matches("[A-Z]{6}\\+NotoSansSC.*"), font.name() + " is not a Noto Sans SC subset");
            }
            System.out.printf("verification form of %s: %,d bytes, fonts %s%n",
                    snapshot.subject().name(), pdf.length, fonts);
            assertTrue(pdf.length < MAX_BYTES, "PDF of " + pdf.length + " bytes: the fonts are not subset");
        }
    }

    @Test
    void anOrderWithoutWebsitesStillGetsOneForm() throws IOException {
        FilingSnapshot subjectOnly = new FilingSnapshot(SampleFilings.xinjiangEnterprise().subject(), List.of());
        List<String> pages = PdfText.pages(VerificationForm.render(subjectOnly, "2605140001300",
                OrderType.CANCEL_SUBJECT, Locale.SIMPLIFIED_CHINESE));
        assertEquals(1, pages.size());
        assertContains(pages.get(0), "注销主体", "乌鲁木齐天山茶业有限公司", "本订单不含网站。");
    }

    /** Renders a first filing; a named sample is also written to target/ to look at. */
    private static byte[] render(FilingSnapshot snapshot, String orderNumber, Locale locale, String sample)
            throws IOException {
        byte[] pdf = VerificationForm.render(snapshot, orderNumber, OrderType.FIRST_FILING, locale);
        if (sample != null) {
            Path directory = Path.of("target", "verification-form-samples");
            Files.createDirectories(directory);
            Files.write(directory.resolve(sample), pdf);
        }
        return pdf;
    }

    private static void assertContains(String text, String... expected) {
        for (String value : expected) {
            String compact = value.replaceAll("\\s+", "");
            assertTrue(text.contains(compact), () -> "missing \"" + value + "\" in: " + text);
        }
    }
}
