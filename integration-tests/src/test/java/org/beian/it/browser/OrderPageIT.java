package org.beian.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.beian.it.Deployments;
import org.beian.it.container.WorkflowFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The applicant's order page after submission, in a real browser, each test with its own account; the
 * reviewer's and the bureau's steps go through the services (TestOrdersServlet):
 * <ul>
 *   <li>a reviewer rejects two fields: the order page and the wizard show exactly those two with the
 *       reasons; an unchanged resubmission is refused with a message; fixed and resubmitted, the timeline
 *       shows both rounds, the reviewer by role;</li>
 *   <li>an assisted correction shows on the order page, before and after;</li>
 *   <li>the curtain path: the curtain requested (a wrong phone told on its field), shipped and delivered
 *       as the page shows; a PNG refused on the upload; the photo submitted, rejected with its reason, a new
 *       one approved; then the ministry's SMS check on the stand-in page and the numbers on the dashboard.</li>
 * </ul>
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderPageIT {

    private static final String MAILING_ADDRESS = "subject.mailingAddress";
    private static final String WEBSITE_NAME = "websites[0].name";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String base = Deployments.baseUri().toString();
    private ChromeDriver browser;
    private Portal portal;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
        portal = new Portal(browser);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        Browser.keepLastPage(browser, test);
        browser.quit();
    }

    @Test
    void twoRejectedFieldsAreMarkedFixedAndResubmittedAndTheTimelineShowsBothRounds() throws IOException {
        String[] account = DemoApi.testAccount("server=" + DemoApi.server() + "&submitted=true");
        String user = account[0];
        String order = account[1];
        assertEquals("INITIAL_REJECTED", DemoApi.orderStep("step=rejectFields&order=" + order + "&fields="
                + URLEncoder.encode(MAILING_ADDRESS + "|" + WEBSITE_NAME, StandardCharsets.UTF_8)));

        Browser.signIn(browser, user, DemoApi.TEST_PASSWORD, "portal/index.xhtml");
        openOrder(order);
        assertEquals("初审驳回", browser.findElement(By.id("order-state")).getText());
        List<WebElement> remarks = browser.findElements(By.cssSelector("[id='page:remarks'] .beian-remark"));
        assertEquals(Set.of(MAILING_ADDRESS, WEBSITE_NAME), remarks.stream().map(r -> r.getAttribute("data-field")).collect(Collectors.toSet()));
        assertTrue(remarks.stream().anyMatch(r -> r.getText().contains("原因：" + MAILING_ADDRESS) && r.getText().contains("建议：" + MAILING_ADDRESS)),
                remarks.stream().map(WebElement::getText).toList().toString());
        assertTrue(browser.findElement(By.id("next")).getText().matches("(?s).*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*"), "the expiry as a date");
        Browser.screenshot(browser, "portal-order-rejected-zh");
        switchLanguage("lang-en");
        assertEquals("Returned by the initial review", browser.findElement(By.id("order-state")).getText());
        Browser.screenshot(browser, "portal-order-rejected-en");
        switchLanguage("lang-zh");

        // The wizard: exactly the two remarked fields carry the reviewer's reason.
        portal.click("actions:fix");
        wait.until(ExpectedConditions.urlContains("portal/filing/wizard.xhtml"));
        portal.idle();
        assertEquals(2, browser.findElements(By.cssSelector("[id='wizard:remarks'] .beian-finding")).size());
        assertTrue(portal.findingsOn(MAILING_ADDRESS).contains("原因：" + MAILING_ADDRESS), portal.findingsOn(MAILING_ADDRESS));
        assertFalse(portal.findingsOn("subject.name").contains("原因："), "a field the reviewer did not mark has no remark");
        Browser.screenshot(browser, "portal-wizard-remarks-zh");

        // Submitting it unchanged is refused with a message; nothing is lost.
        portal.click("wizard:next");
        assertTrue(portal.findingsOn(WEBSITE_NAME).contains("原因：" + WEBSITE_NAME), portal.findingsOn(WEBSITE_NAME));
        portal.click("wizard:next");
        portal.click("wizard:next");
        portal.toggle("wizard:agree");
        browser.findElement(By.id("wizard:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "与被退回时相同"));
        assertTrue(browser.getCurrentUrl().contains("wizard.xhtml"));

        // Fixed on both fields, then submitted again.
        portal.click("wizard:edit-subject");
        String address = browser.findElement(By.id("wizard:mailingAddress:input")).getAttribute("value");
        portal.type("wizard:mailingAddress:input", address + "2号楼");
        portal.click("wizard:next");
        portal.type("wizard:websites:0:name:input", "待审核企业官网");
        portal.click("wizard:next");
        portal.click("wizard:next");
        browser.findElement(By.id("wizard:submit")).click();
        wait.until(ExpectedConditions.urlContains("portal/order.xhtml"));
        portal.idle();
        assertEquals("初审中", browser.findElement(By.id("order-state")).getText());
        assertTrue(browser.findElements(By.cssSelector("[id='page:remarks']")).isEmpty(), "the remarks are resolved");

        // Until a reviewer takes it, a document can be replaced without withdrawing: a PNG is refused on its upload, a JPEG taken.
        Path folder = Files.createTempDirectory("order-page");
        replaceFirstDocument(file(folder, "licence.jpg", WorkflowFixture.png()));
        assertFalse(browser.findElement(By.cssSelector(".beian-replace .ui-message-error")).getText().isBlank(), "the PNG is refused there");
        replaceFirstDocument(file(folder, "营业执照.jpg", WorkflowFixture.jpeg()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已更换"));

        // Both rounds in the timeline, newest first; the reviewer by role only.
        List<WebElement> submitted = browser.findElements(By.cssSelector(".beian-timeline-SUBMITTED"));
        List<WebElement> rejected = browser.findElements(By.cssSelector(".beian-timeline-INITIAL_REJECTED"));
        assertEquals(2, submitted.size(), "two submissions");
        assertEquals(1, rejected.size(), "one rejection");
        String rejection = rejected.get(0).getText();
        assertTrue(rejection.contains("审核员") && rejection.contains("原因：" + MAILING_ADDRESS) && rejection.contains("原因：" + WEBSITE_NAME),
                rejection);
        assertFalse(browser.findElement(By.id("history")).getText().contains("it-"), "no staff user name is shown");
        show(By.id("history"));
        Browser.screenshot(browser, "portal-order-resubmitted-zh");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        portal.idle();
        assertTrue(portal.fitsWidth(), "the order page fits a phone");
        Browser.screenshot(browser, "portal-order-resubmitted-phone-zh");
    }

    @Test
    void anAssistedCorrectionIsShownBeforeAndAfter() {
        String[] account = DemoApi.testAccount("server=" + DemoApi.server() + "&submitted=true");
        assertEquals("SUBMITTED", DemoApi.orderStep("step=correctAddress&order=" + account[1]));
        Browser.signIn(browser, account[0], DemoApi.TEST_PASSWORD, "portal/index.xhtml");
        openOrder(account[1]);
        WebElement correction = browser.findElement(By.cssSelector("[id='page:corrections'] .beian-correction"));
        assertEquals(MAILING_ADDRESS, correction.getAttribute("data-field"));
        String before = correction.findElement(By.tagName("del")).getText();
        assertEquals(before + "1单元", correction.findElement(By.tagName("ins")).getText());
        assertTrue(browser.findElement(By.id("history")).getText().contains("补全门牌号"), "the reviewer's reason is in the timeline");
        show(By.id("page:corrections"));
        Browser.screenshot(browser, "portal-order-corrected-zh");
    }

    @Test
    void theCurtainPathFromRequestToTheFilingNumbers(@TempDir Path folder) throws Exception {
        String[] account = DemoApi.testAccount("server=" + DemoApi.server() + "&submitted=true");
        String user = account[0];
        String order = account[1];
        Browser.signIn(browser, user, DemoApi.TEST_PASSWORD, "portal/index.xhtml");
        openOrder(order);
        assertEquals("初审中", browser.findElement(By.id("order-state")).getText());

        // The reviewer passes the initial review while the page still offers 撤回: the refusal says why, and the page shows the order as it is.
        assertEquals("AWAITING_PHOTO", DemoApi.orderStep("step=approveInitial&order=" + order));
        browser.findElement(By.id("actions:withdraw")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"))).click();
        portal.idle();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "待拍照"));
        assertEquals("待拍照", browser.findElement(By.id("order-state")).getText());
        assertTrue(browser.findElements(By.id("actions:withdraw")).isEmpty(), "no longer offered");
        portal.click("page:method-curtain");

        // The curtain: a wrong phone is told on its field, and what was typed stays.
        portal.type("page:recipient", "张三");
        portal.type("page:phone", "12345");
        portal.type("page:address", "广东省深圳市南山区科苑路8号");
        portal.click("page:request-curtain");
        assertTrue(browser.findElement(By.cssSelector("[id='page:curtain-request'] .ui-message-error")).getText().contains("11 位手机号码"));
        assertEquals("张三", browser.findElement(By.id("page:recipient")).getAttribute("value"));
        portal.type("page:phone", "13800000001");
        portal.click("page:request-curtain");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("page:curtain-state")));
        assertTrue(browser.findElement(By.id("page:curtain-state")).getText().contains("下午四点发件"));
        show(By.id("page:curtain-state"));
        Browser.screenshot(browser, "portal-order-curtain-requested-zh");

        String tracking = DemoApi.orderStep("step=shipCurtain&user=" + user);
        openOrder(order);
        String shipping = browser.findElement(By.id("page:curtain-state")).getText();
        assertTrue(shipping.contains("顺丰速运") && shipping.contains(tracking), shipping);
        DemoApi.orderStep("step=deliverCurtain&user=" + user);
        openOrder(order);
        assertTrue(browser.findElement(By.id("page:curtain-state")).getText().contains("已签收"));
        show(By.id("page:curtain-state"));
        Browser.screenshot(browser, "portal-order-curtain-delivered-zh");
        switchLanguage("lang-en");
        assertTrue(browser.findElement(By.id("page:curtain-state")).getText().contains("Delivered"));
        show(By.id("page:curtain-state"));
        Browser.screenshot(browser, "portal-order-curtain-delivered-en");
        switchLanguage("lang-zh");

        // The photo: a PNG named .jpg is refused on the upload; a JPEG is shown, then submitted.
        uploadPhoto(file(folder, "photo.jpg", WorkflowFixture.png()));
        assertFalse(browser.findElement(By.id("page:photo-upload-message")).getText().isBlank(), "the PNG is refused on the field");
        uploadPhoto(file(folder, "幕布照片.jpg", WorkflowFixture.jpeg()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("page:photo-preview")));
        portal.click("page:submit-photo");
        wait.until(ExpectedConditions.textToBe(By.id("order-state"), "复审中"));
        assertTrue(browser.findElement(By.id("next")).getText().contains("24:00"));

        // Rejected with a reason; a new photo; approved.
        DemoApi.orderStep("step=rejectPhoto&order=" + order + "&reason=" + URLEncoder.encode("照片背景不是幕布", StandardCharsets.UTF_8));
        openOrder(order);
        assertEquals("复审驳回", browser.findElement(By.id("order-state")).getText());
        assertTrue(browser.findElement(By.id("page:photo-rejection")).getText().contains("照片背景不是幕布"));
        show(By.id("page:photo-rejection"));
        Browser.screenshot(browser, "portal-order-photo-rejected-zh");
        uploadPhoto(file(folder, "新幕布照片.jpg", WorkflowFixture.jpeg()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("page:photo-preview")));
        portal.click("page:submit-photo");
        wait.until(ExpectedConditions.textToBe(By.id("order-state"), "复审中"));
        assertEquals("AWAITING_BUREAU", DemoApi.orderStep("step=approvePhoto&order=" + order));
        assertEquals("AT_BUREAU", DemoApi.orderStep("step=toBureau&order=" + order));

        // The ministry's SMS check: who, by when, where; answered on the stand-in page.
        openOrder(order);
        WebElement check = browser.findElement(By.id("sms-check"));
        assertTrue(check.getText().contains("主体负责人") && check.getText().contains("12381"), check.getText());
        show(By.id("sms-check"));
        Browser.screenshot(browser, "portal-order-sms-check-zh");
        switchLanguage("lang-en");
        show(By.id("sms-check"));
        Browser.screenshot(browser, "portal-order-sms-check-en");
        switchLanguage("lang-zh");
        portal.answerSmsCheck(user, order);

        // The bureau (its simulator) decides once every principal answered: the numbers reach the dashboard.
        new WebDriverWait(browser, Duration.ofSeconds(120), Duration.ofSeconds(3)).until(d -> {
            openOrder(order);
            return "备案完成".equals(d.findElement(By.id("order-state")).getText());
        });
        Browser.screenshot(browser, "portal-order-approved-zh");
        browser.get(base + "portal/index.xhtml");
        portal.idle();
        String websites = browser.findElement(By.id("dashboard:websites")).getText();
        assertTrue(websites.matches("(?s).*ICP备\\d+号-1.*"), websites);
    }

    /** Scrolls the element into the window, for the screenshot to show it. */
    private void show(By element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                browser.findElement(element));
    }

    private void openOrder(String order) {
        browser.get(base + "portal/order.xhtml?order=" + order);
        portal.idle();
    }

    private void switchLanguage(String link) {
        browser.findElement(By.id("header-form:" + link)).click();
        portal.idle();
    }

    private void replaceFirstDocument(Path file) {
        upload(By.cssSelector(".beian-replace input[type=file]"), file);
    }

    private void uploadPhoto(Path file) {
        upload(By.cssSelector("[id='page:photo-upload'] input[type=file]"), file);
    }

    private void upload(By input, Path file) {
        wait.until(ExpectedConditions.presenceOfElementLocated(input)).sendKeys(file.toAbsolutePath().toString());
        portal.idle();
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        portal.idle();
    }


    private static Path file(Path folder, String name, byte[] content) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        return file;
    }

}
