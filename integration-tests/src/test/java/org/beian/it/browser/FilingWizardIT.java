package org.beian.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.beian.it.Deployments;
import org.beian.it.container.TestData;
import org.beian.it.container.WorkflowFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A new applicant files an organisation with two websites in the browser, as the seed's screens go:
 * 开始备案 → the determined type → 主体信息 (a wrong mobile is told on its field on leaving it and the
 * message goes when it is corrected) → 网站信息 (two websites; leaving half-way and coming back from the
 * dashboard restores everything) → 上传资料 (real JPEGs; a PNG renamed .jpg and a 3 MB JPEG refused with
 * their messages; the generated verification form downloaded, read and uploaded as its scan) → 确认提交 →
 * "submitted for initial review" with the deadline. Screenshots of each step go to docs/images.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FilingWizardIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String base = Deployments.baseUri().toString();
    private ChromeDriver browser;
    private Portal portal;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
        portal = new Portal(browser);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aNewApplicantFilesAnOrganisationWithTwoWebsitesToTheInitialReview() throws Exception {
        String server = "ins-" + TestData.unique().toLowerCase().replaceAll("[^a-z0-9]", "");
        String user = newApplicantWithServer(server);
        Browser.signIn(browser, user, DemoApi.TEST_PASSWORD, "portal/index.xhtml");
        assertTrue(browser.findElement(By.id("dashboard:guide")).getText().contains("备案分为以下六步"), "an empty account sees the guide");
        Browser.screenshot(browser, "portal-dashboard-empty-zh");

        // 验证备案类型
        String tag = WorkflowFixture.chineseTag();
        String company = "深圳市" + tag + "科技有限公司";
        String uscc = WorkflowFixture.uscc("440300");
        String domain = "wz" + TestData.unique().toLowerCase().replaceAll("[^a-z0-9]", "") + ".cn";
        String secondDomain = "b" + domain;
        browser.findElement(By.id("dashboard:start")).click();
        portal.idle();
        verifyType(uscc, domain, server);
        assertEquals("首次备案", browser.findElement(By.id("determined-type")).getText());
        Browser.screenshot(browser, "portal-start-zh");
        browser.findElement(By.id("start:proceed")).click();
        portal.await().until(ExpectedConditions.urlContains("portal/filing/wizard.xhtml"));
        portal.idle();
        String orderNumber = browser.findElement(By.id("order-number")).getText().replaceAll("\\D", "");

        // 主体信息: what start filing knew is there; a mistake is told on its field on leaving it
        assertEquals(uscc, browser.findElement(By.id("wizard:certificateNumber:input")).getAttribute("value"));
        String principalId = WorkflowFixture.residentId("440305", "19850612");
        String mobile = WorkflowFixture.mobile();
        portal.type("wizard:subjectName:input", company);
        portal.type("wizard:certificateAddress:input", "广东省深圳市南山区科苑路8号1栋101室");
        portal.type("wizard:investor:input", "深圳市示例投资有限公司");
        portal.type("wizard:legalRepresentative:input", "陈晓明");
        portal.type("wizard:mailingAddress:input", "广东省深圳市南山区科苑路8号1栋101室");
        portal.type("wizard:subjectPrincipal:name:input", "陈晓明");
        portal.choose("wizard:subjectPrincipal:certificateType", "身份证");
        portal.type("wizard:subjectPrincipal:certificateNumber:input", principalId);
        portal.type("wizard:subjectPrincipal:officePhone:input", "086-0755-86013388");
        portal.type("wizard:subjectPrincipal:mobile:input", "1380013800");
        String wrong = portal.findingsOn("subject.principal.mobile");
        Browser.screenshot(browser, "portal-wizard-subject-finding-zh");
        assertTrue(wrong.contains("手机号码"), "the wrong mobile is told on its field: " + wrong);
        portal.type("wizard:subjectPrincipal:mobile:input", mobile);
        String unconfirmed = portal.findingsOn("subject.principal.mobile");
        assertTrue(!unconfirmed.contains(wrong) && unconfirmed.contains("尚未验证"),
                "corrected: the format message is gone, the SMS code is asked for: " + unconfirmed);
        Browser.screenshot(browser, "portal-wizard-mobile-code-zh");
        portal.confirmMobile("wizard:subjectPrincipal", mobile);
        assertEquals("", portal.findingsOn("subject.principal.mobile"), "confirmed by its code: nothing left on the field");
        // How fast a field's check answers in the browser (printed, not asserted: docs/performance.md).
        List<Double> leaves = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            leaves.add(portal.leaveMillis("wizard:subjectPrincipal:emergencyPhone:input", i % 2 == 0 ? "12345" : WorkflowFixture.mobile()));
        }
        Collections.sort(leaves);
        System.out.printf("Field check in the browser (blur → findings shown), %d leaves: median %.0f ms, p95 %.0f ms, max %.0f ms%n",
                leaves.size(), leaves.get(leaves.size() / 2), leaves.get((int) Math.ceil(leaves.size() * 0.95) - 1), leaves.get(leaves.size() - 1));
        portal.type("wizard:subjectPrincipal:emergencyPhone:input", WorkflowFixture.mobile());
        portal.type("wizard:subjectPrincipal:email:input", user + "@example.com");
        Browser.screenshot(browser, "portal-wizard-subject-zh");
        switchLanguage("lang-en");
        Browser.screenshot(browser, "portal-wizard-subject-en");
        switchLanguage("lang-zh");

        // 网站信息: two websites, the second with its own principal
        portal.click("wizard:next");
        portal.type("wizard:websites:0:name:input", tag + "科技官网");
        assertEquals(domain, browser.findElement(By.id("wizard:websites:0:domains:0:domain")).getAttribute("value"));
        // The domain's holder as on its certificate (the stand-in registrar does not know this domain):
        // another company is told on the domain's field when leaving, the subject itself is fine.
        portal.type("wizard:websites:0:domains:0:domainRegistrant", "深圳市另一家科技有限公司");
        portal.await().until(d -> portal.findingsOn("websites[0].domains[0]").contains("深圳市另一家科技有限公司"));
        showDomainRegistration();
        Browser.screenshot(browser, "portal-wizard-domain-registrant-zh");
        switchLanguage("lang-en");
        assertEquals("深圳市另一家科技有限公司", browser.findElement(By.id("wizard:websites:0:domains:0:domainRegistrant")).getAttribute("value"),
                "the holder survives the language switch");
        // Findings are shown for the fields left in this view: leave the holder again to read it in English.
        portal.type("wizard:websites:0:domains:0:domainRegistrant", "深圳市另一家科技有限公司");
        portal.await().until(d -> portal.findingsOn("websites[0].domains[0]").contains("is held by"));
        showDomainRegistration();
        Browser.screenshot(browser, "portal-wizard-domain-registrant-en");
        browser.manage().window().setSize(new Dimension(390, 844));
        showDomainRegistration();
        assertTrue(portal.fitsWidth(), "the domain's registration fields fit a phone");
        Browser.screenshot(browser, "portal-wizard-domain-registrant-phone-en");
        browser.manage().window().setSize(new Dimension(1280, 900));
        switchLanguage("lang-zh");
        portal.type("wizard:websites:0:domains:0:domainRegistrant", company);
        portal.await().until(d -> !portal.findingsOn("websites[0].domains[0]").contains("持有者"));
        portal.type("wizard:websites:0:domains:0:domainExpires_input", "2030-06-30");
        portal.tick("wizard:websites:0:serviceContent", "单位门户网站");
        portal.tick("wizard:websites:0:preApproval", "以上都不涉及");
        portal.click("wizard:add-website");
        portal.type("wizard:websites:1:name:input", tag + "科技产品展示");
        portal.choose("wizard:websites:1:cloud", "云服务器 " + server + " 203.0.113.50");

        // Leave half-way and come back from the dashboard: everything typed is there.
        portal.click("wizard:leave");
        portal.await().until(ExpectedConditions.urlContains("portal/index.xhtml"));
        assertTrue(browser.findElement(By.id("dashboard:orders")).getText().contains(orderNumber));
        browser.findElement(By.xpath("//tr[contains(., '" + orderNumber + "')]//a[contains(., '继续备案')]")).click();
        portal.idle();
        assertEquals(company, browser.findElement(By.id("wizard:subjectName:input")).getAttribute("value"));
        assertEquals(mobile, browser.findElement(By.id("wizard:subjectPrincipal:mobile:input")).getAttribute("value"));
        portal.click("wizard:next");
        assertEquals(tag + "科技官网", browser.findElement(By.id("wizard:websites:0:name:input")).getAttribute("value"));
        assertEquals(tag + "科技产品展示", browser.findElement(By.id("wizard:websites:1:name:input")).getAttribute("value"));
        assertEquals(company, browser.findElement(By.id("wizard:websites:0:domains:0:domainRegistrant")).getAttribute("value"));
        assertEquals("2030-06-30", browser.findElement(By.id("wizard:websites:0:domains:0:domainExpires_input")).getAttribute("value"));

        portal.type("wizard:websites:1:domains:0:domain", secondDomain);
        portal.type("wizard:websites:1:homepages:0:homepage", "www." + secondDomain);
        portal.tick("wizard:websites:1:serviceContent", "单位门户网站");
        portal.tick("wizard:websites:1:preApproval", "以上都不涉及");
        portal.toggle("wizard:websites:1:sameAsSubject");
        portal.type("wizard:websites:1:websitePrincipal:name:input", "李娜");
        portal.choose("wizard:websites:1:websitePrincipal:certificateType", "身份证");
        portal.type("wizard:websites:1:websitePrincipal:certificateNumber:input", WorkflowFixture.residentId("440305", "19900101"));
        portal.type("wizard:websites:1:websitePrincipal:officePhone:input", "086-0755-86013399");
        String websitePrincipalMobile = WorkflowFixture.mobile();
        portal.type("wizard:websites:1:websitePrincipal:mobile:input", websitePrincipalMobile);
        portal.confirmMobile("wizard:websites:1:websitePrincipal", websitePrincipalMobile);
        portal.type("wizard:websites:1:websitePrincipal:emergencyPhone:input", WorkflowFixture.mobile());
        portal.type("wizard:websites:1:websitePrincipal:email:input", "li" + user + "@example.com");
        Browser.screenshot(browser, "portal-wizard-websites-zh");
        switchLanguage("lang-en");
        Browser.screenshot(browser, "portal-wizard-websites-en");
        switchLanguage("lang-zh");

        // 上传资料
        portal.click("wizard:next");
        Path work = Files.createTempDirectory("beian-uploads");
        upload("subject.licence", jpeg(work, "营业执照.jpg"));
        Path png = work.resolve("身份证.jpg");
        Files.write(png, WorkflowFixture.png());
        upload("subject.principal.id.both", png);
        assertTrue(slotText("subject.principal.id.both").contains("不是 JPEG 图片"), "a PNG renamed .jpg is refused: " + slotText("subject.principal.id.both"));
        Path large = work.resolve("大图.jpg");
        Files.write(large, largeJpeg());
        assertTrue(Files.size(large) > 3L * 1024 * 1024 * 9 / 10, "the large JPEG is about 3 MB: " + Files.size(large));
        upload("subject.principal.id.both", large);
        assertTrue(slotText("subject.principal.id.both").contains("超过 2 MB"), "a 3 MB JPEG is refused: " + slotText("subject.principal.id.both"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.querySelector(\"[data-purpose='subject.principal.id.both']\").scrollIntoView({block: 'center'});");
        Browser.screenshot(browser, "portal-wizard-documents-refused-zh");
        upload("subject.principal.id.both", jpeg(work, "身份证正反面.jpg"));
        upload("websites[1].principal.id.both", jpeg(work, "网站负责人身份证.jpg"));

        byte[] form = verificationForm(orderNumber);
        try (PDDocument pdf = Loader.loadPDF(form)) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains(company), "the form names the subject");
            assertTrue(text.contains("陈晓明") && text.contains("李娜"), "and its principals");
            assertEquals(2, pdf.getNumberOfPages(), "one page per website");
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                }
            }
            for (int i = 0; i < 2; i++) {
                Path scan = work.resolve("核验单" + (i + 1) + ".jpg");
                ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(i, 100), "jpg", scan.toFile());
                upload("websites[" + i + "].verificationForm", scan);
            }
        }
        assertEquals("", portal.findingsOn("documents.websites[0].verificationForm"));
        Browser.screenshot(browser, "portal-wizard-documents-zh");
        switchLanguage("lang-en");
        Browser.screenshot(browser, "portal-wizard-documents-en");
        switchLanguage("lang-zh");

        // 确认提交
        portal.click("wizard:next");
        assertTrue(browser.findElements(By.cssSelector(".beian-all-findings .beian-finding-ERROR")).isEmpty(),
                "nothing left to fix: " + browser.findElements(By.cssSelector(".beian-all-findings")).stream().map(e -> e.getText()).toList());
        Browser.screenshot(browser, "portal-wizard-confirm-zh");
        switchLanguage("lang-en");
        Browser.screenshot(browser, "portal-wizard-confirm-en");
        switchLanguage("lang-zh");
        portal.toggle("wizard:agree");
        browser.findElement(By.id("wizard:submit")).click();
        portal.await().until(ExpectedConditions.urlContains("portal/order.xhtml"));
        portal.idle();
        String notice = browser.findElement(By.id("submitted-notice")).getText();
        assertTrue(notice.contains("已提交初审") && notice.contains("24:00"), notice);
        assertEquals("初审中", browser.findElement(By.id("order-state")).getText());
        Browser.screenshot(browser, "portal-order-submitted-zh");
        switchLanguage("lang-en");
        assertTrue(browser.findElement(By.id("order-state")).getText().contains("review"), browser.findElement(By.id("order-state")).getText());
        Browser.screenshot(browser, "portal-order-submitted-en");
        switchLanguage("lang-zh");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "portal/index.xhtml");
        portal.idle();
        assertTrue(portal.fitsWidth(), "the dashboard fits a phone");
        Browser.screenshot(browser, "portal-dashboard-phone-zh");
    }

    @Test
    void everyStepFitsAPhone() throws Exception {
        String server = "ins-" + TestData.unique().toLowerCase().replaceAll("[^a-z0-9]", "");
        String user = newApplicantWithServer(server);
        browser.manage().window().setSize(new Dimension(390, 844));
        Browser.signIn(browser, user, DemoApi.TEST_PASSWORD, "portal/index.xhtml");
        browser.get(base + "portal/filing/start.xhtml");
        portal.idle();
        assertTrue(portal.fitsWidth(), "start filing fits a phone");
        Browser.screenshot(browser, "portal-start-phone-zh");
        portal.choose("start:province", "广东省");
        portal.choose("start:nature", "个人");
        portal.choose("start:certificateType", "身份证");
        portal.type("start:certificateNumber", WorkflowFixture.residentId("440305", "19900101"));
        portal.type("start:domain", "p" + TestData.unique().toLowerCase().replaceAll("[^a-z0-9]", "") + ".cn");
        portal.click("start:determine");
        browser.findElement(By.id("start:proceed")).click();
        portal.await().until(ExpectedConditions.urlContains("portal/filing/wizard.xhtml"));
        for (int step = 0; step < 4; step++) {
            portal.idle();
            assertTrue(portal.fitsWidth(), "wizard step " + step + " fits a phone");
            Browser.screenshot(browser, "portal-wizard-step" + step + "-phone-zh");
            if (step < 3) {
                portal.click("wizard:next");
            }
        }
        switchLanguage("lang-en");
        assertTrue(portal.fitsWidth(), "the English confirm step fits a phone");
        Browser.screenshot(browser, "portal-wizard-confirm-phone-en");
        assertFalse(browser.getPageSource().contains("系统繁忙"));
    }

    @Test
    void anApplicantWithAnApprovedFirstFilingAddsAWebsite() throws Exception {
        String server = "ins-" + TestData.unique().toLowerCase().replaceAll("[^a-z0-9]", "");
        String[] account = newApplicantWithApprovedFiling(server);
        String user = account[0];
        Browser.signIn(browser, user, DemoApi.TEST_PASSWORD, "portal/index.xhtml");
        assertTrue(browser.findElement(By.id("dashboard:subjects")).getText().contains(account[2]), "the filed subject is listed");
        assertTrue(browser.findElement(By.id("dashboard:websites")).getText().contains(account[2] + "-1"), "and its website");
        Browser.screenshot(browser, "portal-dashboard-filed-zh");

        String domain = "add" + TestData.unique().toLowerCase().replaceAll("[^a-z0-9]", "") + ".cn";
        browser.findElement(By.id("dashboard:add-website")).click();
        portal.idle();
        verifyType(account[1], domain, server);
        assertEquals("原备案在本平台新增网站", browser.findElement(By.id("determined-type")).getText());
        browser.findElement(By.id("start:proceed")).click();
        portal.await().until(ExpectedConditions.urlContains("portal/filing/wizard.xhtml"));
        portal.idle();
        String orderNumber = browser.findElement(By.id("order-number")).getText().replaceAll("\\D", "");

        // The subject is the filed one, shown read-only.
        assertFalse(browser.findElement(By.id("wizard:subjectName:input")).isEnabled(), "the filed subject cannot be changed here");
        assertFalse(browser.findElement(By.id("wizard:subjectName:input")).getAttribute("value").isBlank());
        Browser.screenshot(browser, "portal-add-website-subject-zh");
        portal.click("wizard:next");
        portal.type("wizard:websites:0:name:input", WorkflowFixture.chineseTag() + "产品中心");
        portal.tick("wizard:websites:0:serviceContent", "单位门户网站");
        portal.tick("wizard:websites:0:preApproval", "以上都不涉及");
        portal.click("wizard:next");
        assertTrue(browser.findElements(By.cssSelector("[data-purpose='subject.licence']")).isEmpty(),
                "the filed subject's documents are not asked for again");
        Path work = Files.createTempDirectory("beian-add-website");
        try (PDDocument pdf = Loader.loadPDF(verificationForm(orderNumber))) {
            Path scan = work.resolve("核验单.jpg");
            ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 100), "jpg", scan.toFile());
            upload("websites[0].verificationForm", scan);
        }
        portal.click("wizard:next");
        assertTrue(browser.findElements(By.cssSelector(".beian-all-findings .beian-finding-ERROR")).isEmpty(),
                "nothing left to fix: " + browser.findElements(By.cssSelector(".beian-all-findings")).stream().map(e -> e.getText()).toList());
        portal.toggle("wizard:agree");
        browser.findElement(By.id("wizard:submit")).click();
        portal.await().until(ExpectedConditions.urlContains("portal/order.xhtml"));
        portal.idle();
        assertEquals("初审中", browser.findElement(By.id("order-state")).getText());
        Browser.screenshot(browser, "portal-add-website-submitted-zh");
    }

    @Test
    void anotherTabSavingFirstIsToldOnThePageAndWhatThisOneHoldsCanBeKept() throws Exception {
        String server = "ins-" + TestData.unique().toLowerCase().replaceAll("[^a-z0-9]", "");
        String user = newApplicantWithServer(server);
        Browser.signIn(browser, user, DemoApi.TEST_PASSWORD, "portal/index.xhtml");
        browser.get(base + "portal/filing/start.xhtml");
        portal.idle();
        verifyType(WorkflowFixture.uscc("440300"), "tab" + TestData.unique().toLowerCase().replaceAll("[^a-z0-9]", "") + ".cn", server);
        browser.findElement(By.id("start:proceed")).click();
        portal.await().until(ExpectedConditions.urlContains("portal/filing/wizard.xhtml"));
        portal.idle();
        String wizardUrl = browser.getCurrentUrl();
        String firstTab = browser.getWindowHandle();
        portal.type("wizard:subjectName:input", "深圳市甲科技有限公司");

        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(wizardUrl);
        portal.idle();
        portal.type("wizard:subjectName:input", "深圳市乙科技有限公司");
        portal.click("wizard:next");
        browser.close();
        browser.switchTo().window(firstTab);

        portal.click("wizard:next");
        portal.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已在其他页面或由他人修改过"));
        assertEquals("深圳市甲科技有限公司", browser.findElement(By.id("wizard:subjectName:input")).getAttribute("value"), "nothing typed is lost");
        Browser.screenshot(browser, "portal-wizard-conflict-zh");
        portal.click("wizard:keep-mine");
        portal.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已按本页内容保存"));
        portal.click("wizard:next");
        assertTrue(browser.findElement(By.id("wizard:websites:0:name:input")).isDisplayed(), "on to the websites once kept");
    }

    // ---- helpers

    /** 验证备案类型 for an enterprise in Shenzhen's Nanshan district, filed on the account's server. */
    private void verifyType(String creditCode, String domain, String server) {
        portal.choose("start:province", "广东省");
        portal.choose("start:city", "深圳市");
        portal.choose("start:district", "南山区");
        portal.choose("start:nature", "企业");
        portal.choose("start:certificateType", "工商营业执照（统一社会信用代码证书）");
        portal.type("start:certificateNumber", creditCode);
        portal.type("start:domain", domain);
        portal.choose("start:cloud", "云服务器 " + server + " 203.0.113.50");
        portal.click("start:determine");
    }

    /** A fresh account whose first filing the bureau approved: user name, the subject's credit code, its ICP number. */
    private String[] newApplicantWithApprovedFiling(String server) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "beian-tests/accounts?language=zh-CN&approved=true&server=" + server))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> created = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, created.statusCode(), created.body());
        return created.body().trim().split("\n");
    }

    private String newApplicantWithServer(String server) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "beian-tests/accounts?language=zh-CN&server=" + server))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> created = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, created.statusCode(), created.body());
        return created.body().trim();
    }

    private void showDomainRegistration() {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                browser.findElement(By.id("wizard:websites:0:domains:0:domainRegistrant")));
    }

    private void switchLanguage(String link) {
        browser.findElement(By.id("header-form:" + link)).click();
        portal.idle();
    }

    /** Sends the file to the slot's upload input (auto upload) and waits for the step to render again. */
    private void upload(String purpose, Path file) {
        By input = By.cssSelector("[data-purpose='" + purpose + "'] input[type=file]");
        portal.await().until(ExpectedConditions.presenceOfElementLocated(input)).sendKeys(file.toAbsolutePath().toString());
        portal.await().until(d -> {
            portal.idle();
            return true;
        });
        sleepBriefly();
        portal.idle();
    }

    private String slotText(String purpose) {
        return browser.findElement(By.cssSelector("[data-purpose='" + purpose + "']")).getText();
    }

    /** The verification form as the browser downloads it: the same session, the servlet's PDF. */
    private byte[] verificationForm(String orderNumber) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "portal/verification-form?order=" + orderNumber))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        return response.body();
    }

    private static Path jpeg(Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, WorkflowFixture.jpeg());
        return file;
    }


    /** Noise compresses badly: about 3 MB at the best JPEG quality. */
    private static byte[] largeJpeg() throws IOException {
        BufferedImage image = new BufferedImage(2000, 1500, BufferedImage.TYPE_INT_RGB);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpg");
        ImageWriter writer = writers.next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.95f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        writer.dispose();
        return out.toByteArray();
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(Duration.ofMillis(500).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
