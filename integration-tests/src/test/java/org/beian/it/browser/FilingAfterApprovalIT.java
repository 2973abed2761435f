package org.beian.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.beian.it.Deployments;
import org.beian.it.container.TestAccountsServlet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The applicant's portal after the bureau approved a filing: the subject and website pages, the footer
 * number to paste on the site (the subject number in Guangdong, the website number elsewhere), the
 * public-security guide with the approval day as opening date, recording the public-security number
 * (refused values told on their fields, typed values kept) which stops the reminders, and the
 * language remembered on the account across logout and login.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FilingAfterApprovalIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(390, 844);

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
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void theGuideShowsTheApprovalDayAsOpeningDateAndRecordingTheNumberStopsTheReminders() {
        String[] account = DemoApi.testAccount("language=zh-CN&approved=true&registrar=true&server=ins-" + System.nanoTime() % 100_000_000);
        String user = account[0];
        String subjectNumber = account[2];
        String websiteNumber = subjectNumber + "-1";
        String domain = account[3];
        LocalDate today = LocalDate.now(BEIJING);
        Browser.signIn(browser, user, DemoApi.TEST_PASSWORD, "portal/index.xhtml");

        // The dashboard's website row leads to the website's page.
        browser.findElement(By.id("dashboard:websites:0:view-website")).click();
        wait.until(ExpectedConditions.urlContains("portal/website.xhtml"));
        assertEquals(websiteNumber, text("website-number"));
        assertEquals(today.toString(), text("approved-on"), "approved today by the (test) bureau");

        // Guangdong: the subject number, linked to the ministry's system, as code and as preview.
        assertEquals("<a href=\"https://beian.miit.gov.cn/\" target=\"_blank\" rel=\"noopener noreferrer\">" + subjectNumber + "</a>",
                text("footer-code"));
        WebElement preview = browser.findElement(By.cssSelector("#footer-preview a"));
        assertEquals(subjectNumber, preview.getText());
        assertEquals("https://beian.miit.gov.cn/", preview.getAttribute("href"));
        assertEquals(text("footer-code"), browser.findElement(By.id("copy-footer")).getAttribute("data-copy"), "the copy button copies the code");

        // The public-security guide: every value pre-filled, each with its copy button.
        assertEquals(today.toString(), guide("openingDate"), "opening date = the day the ICP filing was approved");
        assertEquals(domain, guide("mainDomain"));
        assertEquals("203.0.113.50", guide("ip"));
        assertEquals(websiteNumber, guide("icpNumber"));
        assertEquals("腾讯云计算（北京）有限责任公司", guide("providerName"));
        assertEquals("北京市市辖区海淀区", guide("providerRegion"));
        assertEquals("租赁主机", guide("accessMethod"));
        assertEquals("4009-100-100", guide("providerPhone"));
        assertEquals("56365494-8", guide("providerCode"));
        assertEquals(TestAccountsServlet.REGISTRAR, guide("registrarName"), "the registrar that holds the domain");
        assertEquals(TestAccountsServlet.REGISTRAR_REGION, guide("registrarRegion"));
        assertEquals("单位门户网站", guide("serviceType"));
        assertEquals("中文简体", guide("languages"));
        assertEquals("否", guide("preApproval"));
        assertEquals(domain, browser.findElement(By.cssSelector("[data-field='mainDomain'] .beian-copy")).getAttribute("data-copy"));
        String reminding = text("ps:ps-state");
        assertTrue(reminding.contains("尚未录入公安备案号") && reminding.contains("下次提醒：" + today.plusDays(7))
                && reminding.contains(today.plusDays(30) + " 前"), reminding);
        screenshotWhole("portal-website-zh");

        // A number of 13 digits: told on the field, what was typed kept.
        portal.type("ps:number", "4403050200001");
        typeDate(today);
        portal.click("ps:record");
        assertTrue(text("ps:numberMsg").contains("14 位数字"), text("ps:numberMsg"));
        assertEquals("4403050200001", value("ps:number"));
        // Filed tomorrow: told on the date, the number kept.
        portal.type("ps:number", "44030502000001");
        typeDate(today.plusDays(1));
        portal.click("ps:record");
        assertTrue(text("ps:filedOnMsg").contains("不能晚于今天"), text("ps:filedOnMsg"));
        assertEquals("44030502000001", value("ps:number"));
        assertEquals(today.plusDays(1).toString(), value("ps:filedOn_input"));
        assertTrue(text("ps:ps-state").contains("尚未录入"), "nothing recorded yet");
        scrollTo("ps");
        Browser.screenshot(browser, "portal-website-refused-zh");

        typeDate(today);
        portal.click("ps:record");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ps:ps-state"), "提醒已停止"));
        assertEquals("已录入公安备案号 44030502000001（备案日期 " + today + "），提醒已停止。", text("ps:ps-state"));
        assertEquals("44030502000001", text("ps-number"));
        scrollTo("ps");
        Browser.screenshot(browser, "portal-website-recorded-zh");
        browser.navigate().refresh();
        assertTrue(text("ps:ps-state").contains("提醒已停止"), "kept: the reminders stay stopped");

        // The subject's page: number, status, details with personal numbers masked, its websites.
        browser.findElement(By.id("subject-link")).click();
        wait.until(ExpectedConditions.urlContains("portal/subject.xhtml"));
        assertEquals(subjectNumber, text("subject-number"));
        assertEquals("正常", text("subject-status"));
        assertTrue(text("subject-certificate").matches("[0-9A-Z]{6}\\*{8}[0-9A-Z]{4}"), text("subject-certificate"));
        assertTrue(text("principal-certificate").matches("\\d{6}\\*{8}\\d{3}[\\dX]"), text("principal-certificate"));
        assertTrue(text("principal-mobile").matches("139\\*{4}\\d{4}"), text("principal-mobile"));
        String row = browser.findElement(By.cssSelector("[id='websites_data'] tr")).getText();
        assertTrue(row.contains(websiteNumber) && row.contains(domain) && row.contains("44030502000001") && row.contains("正常"), row);
        screenshotWhole("portal-subject-zh");

        // Phone width: both pages fit, in Chinese.
        browser.manage().window().setSize(PHONE);
        browser.navigate().refresh();
        assertTrue(portal.fitsWidth(), "the subject page fits a phone");
        screenshotWhole("portal-subject-phone-zh");
        browser.get(base + "portal/website.xhtml?number=" + websiteNumber);
        assertTrue(portal.fitsWidth(), "the website page fits a phone");
        screenshotWhole("portal-website-phone-zh");
        browser.manage().window().setSize(DESKTOP);

        // English: the same pages, the platform's Chinese field names beside the English ones.
        browser.findElement(By.id("header-form:lang-en")).click();
        portal.idle();
        assertEquals("Website", text("page-title"));
        assertTrue(label("openingDate").contains("Website opening date") && label("openingDate").contains("网站开通日期"), label("openingDate"));
        assertTrue(text("ps:ps-state").contains("the reminders have stopped"), text("ps:ps-state"));
        screenshotWhole("portal-website-en");
        browser.get(base + "portal/subject.xhtml?number=" + subjectNumber);
        assertEquals("Subject", text("page-title"));
        screenshotWhole("portal-subject-en");
    }

    @Test
    void outsideGuangdongTheFooterShowsTheWebsiteNumber() {
        String[] account = DemoApi.testAccount("language=en&approved=true&place=xian&server=ins-" + System.nanoTime() % 100_000_000);
        String subjectNumber = account[2];
        String websiteNumber = subjectNumber + "-1";
        assertTrue(subjectNumber.startsWith("陕ICP备"), subjectNumber);
        Browser.signIn(browser, account[0], DemoApi.TEST_PASSWORD, "portal/index.xhtml");
        browser.findElement(By.id("dashboard:subjects:0:view-subject")).click();
        wait.until(ExpectedConditions.urlContains("portal/subject.xhtml"));
        browser.findElement(By.id("websites:0:view-website")).click();
        wait.until(ExpectedConditions.urlContains("portal/website.xhtml"));

        assertEquals(websiteNumber, browser.findElement(By.cssSelector("#footer-preview a")).getText());
        assertTrue(text("footer-code").contains(">" + websiteNumber + "</a>"), text("footer-code"));
        assertTrue(text("footer-snippet").contains("The 陕西省 bureau wants the website number"), text("footer-snippet"));
        // The registrar does not know the domain: our registrar's details, said to be ours.
        assertEquals("北京新网数码信息技术有限公司", guide("registrarName"));
        assertTrue(browser.findElement(By.cssSelector("[data-field='registrarName'] .beian-guide-note")).getText()
                .contains("for a domain registered with us"));
        scrollTo("footer-snippet");
        Browser.screenshot(browser, "portal-website-footer-en");
    }

    @Test
    void theLanguageChosenIsRememberedOnTheAccountAndItsNotificationsSpeakIt() {
        String user = DemoApi.newApplicant("zh-CN");
        Browser.signIn(browser, user, DemoApi.TEST_PASSWORD, "portal/index.xhtml");
        assertEquals("备案管理", text("page-title"));
        browser.findElement(By.id("header-form:lang-en")).click();
        portal.idle();
        assertEquals("Filings", text("page-title"));
        signOut();

        assertEquals("登录", text("page-title"), "a new session starts in Chinese");
        Browser.signIn(browser, user, DemoApi.TEST_PASSWORD, "portal/index.xhtml");
        assertEquals("Filings", text("page-title"), "the account remembered English");

        // Its notifications are English now too; the inbox counts and lists them at phone width.
        String orderNumber = DemoApi.abandonedOrder(user, DemoApi.TEST_PASSWORD);
        By row = By.xpath("//tbody[@id='inbox:list_data']/tr[contains(., 'Order " + orderNumber + " abandoned')]");
        browser.manage().window().setSize(PHONE);
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofSeconds(2)).until(d -> {
            d.get(base + "inbox/index.xhtml");
            return !d.findElements(row).isEmpty();
        });
        assertEquals("1", text("header-form:unread-count"));
        assertTrue(portal.fitsWidth(), "the inbox fits a phone");
        WebElement title = browser.findElement(row).findElement(By.cssSelector(".beian-inbox-title"));
        assertTrue((Boolean) ((JavascriptExecutor) browser).executeScript(
                "var r = arguments[0].getBoundingClientRect(); return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth;", title),
                "the message's subject is on the screen, not scrolled away in the table");
        Browser.screenshot(browser, "inbox-phone-en");
        browser.manage().window().setSize(DESKTOP);

        // Chosen on the login page, the language wins over the account's and is kept on it.
        signOut();
        browser.findElement(By.id("header-form:lang-zh")).click();
        portal.idle();
        Browser.signIn(browser, user, DemoApi.TEST_PASSWORD, "portal/index.xhtml");
        assertEquals("备案管理", text("page-title"));
        signOut();
        Browser.signIn(browser, user, DemoApi.TEST_PASSWORD, "portal/index.xhtml");
        assertEquals("备案管理", text("page-title"), "Chinese again, from the account");
    }

    /** Replaces the date in the picker's input (select all, type, leave) and checks that it reads as typed. */
    private void typeDate(LocalDate day) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id("ps:filedOn_input")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(day.toString(), Keys.TAB);
        portal.idle();
        assertEquals(day.toString(), value("ps:filedOn_input"), "the date as typed");
    }

    private void signOut() {
        browser.findElement(By.id("header-form:logout")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    /** The guide's value for the platform's field. */
    private String guide(String field) {
        List<WebElement> values = browser.findElements(By.cssSelector("[data-field='" + field + "'] .beian-guide-value"));
        assertFalse(values.isEmpty(), "the guide has " + field);
        return values.get(0).getText().trim();
    }

    private String label(String field) {
        return browser.findElement(By.cssSelector("[data-field='" + field + "'] .beian-guide-label")).getText();
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", id);
    }

    /** The whole page, not only the window: the window is made as tall as the page for the shot. */
    private void screenshotWhole(String name) {
        Dimension before = browser.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.ceil(document.documentElement.scrollHeight) + (window.outerHeight - window.innerHeight);");
        browser.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height, 6000)));
        portal.idle();
        Browser.screenshot(browser, name);
        browser.manage().window().setSize(before);
    }
}
