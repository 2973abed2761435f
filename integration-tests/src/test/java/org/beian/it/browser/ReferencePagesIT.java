package org.beian.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.beian.it.Deployments;
import org.beian.it.container.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The reference-data pages in the browser: the holiday notice pasted, read, shown and imported; a
 * verification point refused on its field, then added; an authorisation code issued for an account
 * found by username; the suffix and curtain lists. Screenshots in Chinese for the operations guide.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferencePagesIT {

    /** The 2026 notice; it yields exactly the rows the database has for 2026, so importing it changes no deadline. */
    private static final String NOTICE_2026 = String.join("\n",
            "国务院办公厅关于2026年部分节假日安排的通知",
            "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。",
            "二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。",
            "三、清明节：4月4日（周六）至6日（周一）放假，共3天。",
            "四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。",
            "五、端午节：6月19日（周五）至21日（周日）放假，共3天。",
            "六、中秋节：9月25日（周五）至27日（周日）放假，共3天。",
            "七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。",
            "国务院办公厅",
            "2025年11月4日");

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
        String admin = DemoApi.testAccount("role=admin")[0];
        Browser.signIn(browser, admin, DemoApi.TEST_PASSWORD, ".xhtml");
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void anAdminPastesTheStateCouncilNoticeSeesItsRowsAndImportsThem() {
        browser.get(base + "admin/holidays.xhtml");
        portal.idle();
        // The year menu offers last year to three ahead: 2026 while the tests run between 2025 and 2029.
        portal.choose("holidays:year", "2026");
        paste("holidays:text", NOTICE_2026.replace("2026年部分", "2025年部分"));
        portal.click("holidays:parse");
        assertEquals("这是 2025 年的放假安排，不是所选的 2026 年。", browser.findElement(By.id("holidays:yearMsg")).getText(),
                "a notice of another year is told on the year");

        paste("holidays:text", NOTICE_2026);
        portal.click("holidays:parse");
        String summary = browser.findElement(By.id("summary")).getText();
        assertTrue(summary.startsWith("国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）：19 个工作日放假，6 个周末上班"), summary);
        assertEquals(25, browser.findElements(By.cssSelector("[id='holidays:parsed'] tbody tr")).size());
        assertTrue(browser.findElement(By.id("holidays:parsed")).getText().contains("2026-10-10"));
        Browser.screenshot(browser, "admin-holidays-preview-zh");

        portal.click("holidays:confirm");
        portal.await().until(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
        browser.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        portal.idle();
        assertTrue(browser.findElement(By.id("messages")).getText().contains("2026 年的节假日已导入：25 条记录"),
                browser.findElement(By.id("messages")).getText());
        assertEquals(25, browser.findElements(By.cssSelector("[id='holidays:days'] tbody tr")).size());
        Browser.screenshot(browser, "admin-holidays-zh");
    }

    @Test
    void aVerificationPointWithSwappedCoordinatesIsToldOnTheLatitudeThenAdded() {
        browser.get(base + "admin/verification-points.xhtml");
        portal.idle();
        portal.choose("points:provinceCode", "广东省");
        String name = "测试核验点" + TestData.unique();
        portal.type("points:name", name);
        portal.type("points:address", "广东省深圳市南山区科苑路8号1层");
        portal.type("points:openingHours", "工作日 9:00-12:00, 14:00-18:00");
        portal.type("points:phone", "0755-86013388");
        portal.type("points:latitude", "113.934528");
        portal.type("points:longitude", "22.540503");
        portal.click("points:save");
        assertTrue(browser.findElement(By.id("points:latitudeMsg")).getText().startsWith("纬度和经度好像填反了"),
                browser.findElement(By.id("points:latitudeMsg")).getText());
        assertEquals(name, browser.findElement(By.id("points:name")).getAttribute("value"), "nothing typed is lost");
        Browser.screenshot(browser, "admin-points-refused-zh");

        portal.type("points:latitude", "22.540503");
        portal.type("points:longitude", "113.934528");
        portal.click("points:save");
        assertTrue(browser.findElement(By.id("messages")).getText().contains("核验点 " + name + " 已新增"));
        assertTrue(browser.findElement(By.id("points:list")).getText().contains(name));
        Browser.screenshot(browser, "admin-points-zh");
    }

    @Test
    void anAdminFindsAnAccountsServerAndIssuesAnAuthorisationCodeOnIt() {
        String server = "ins-" + TestData.unique().toLowerCase().replaceAll("[^a-z0-9]", "");
        String applicant = DemoApi.testAccount("server=" + server)[0];
        browser.get(base + "admin/resources.xhtml");
        portal.idle();
        portal.type("find:username", applicant);
        portal.click("find:search");
        assertTrue(browser.findElement(By.id("resources:list")).getText().contains(server));
        portal.click("resources:issue");
        assertTrue(browser.findElement(By.id("messages")).getText().contains("已生成"), browser.findElement(By.id("messages")).getText());
        assertTrue(browser.findElement(By.id("resources:codes")).getText().contains("有效"));
        Browser.screenshot(browser, "admin-resources-zh");

        browser.get(base + "admin/tlds.xhtml");
        portal.idle();
        assertTrue(browser.findElement(By.id("tlds:list")).getText().contains("xn--fiqs8s"), "中国 with its punycode");
        Browser.screenshot(browser, "admin-tlds-zh");
        browser.get(base + "admin/curtains.xhtml");
        portal.idle();
        assertEquals(1, browser.findElements(By.id("curtains:requests")).size(), "the curtain list renders");
        Browser.screenshot(browser, "admin-curtains-zh");
    }

    /** Sets a textarea's text at once (typing a whole notice key by key takes long and adds nothing). */
    private void paste(String id, String text) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, text);
    }
}
