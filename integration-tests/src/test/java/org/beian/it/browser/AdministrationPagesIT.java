package org.beian.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The administration pages in the browser: an administrator adds a province rule effective today and
 * the next check of a draft in that province applies it; a wrong value is told on its field; the audit
 * log of the order is listed and exported as CSV. Screenshots in Chinese, English and at phone width.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationPagesIT {

    private static final String RULE = "subject_principal.min_age.organisation";

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
    void anAdminAddsAProvinceRuleWithTodaysDateAndTheNextCheckOfADraftInThatProvinceAppliesIt() {
        String server = "ins-" + TestData.unique().toLowerCase().replaceAll("[^a-z0-9]", "");
        String[] draft = DemoApi.testAccount("server=" + server + "&draft=xining");
        String applicant = draft[0];
        String orderNumber = draft[1];
        JsonObject before = DemoApi.checkOrder(applicant, orderNumber);
        assertTrue(before.getBoolean("submittable"), "the Xining draft passes every check: " + before);
        assertFalse(codes(before).contains("SUBJECT_PRINCIPAL_TOO_YOUNG"));

        String admin = DemoApi.testAccount("role=admin")[0];
        Browser.signIn(browser, admin, DemoApi.TEST_PASSWORD, ".xhtml");
        browser.get(base + "admin/rules.xhtml");
        portal.idle();
        portal.choose("rules:provinceCode", "青海省");
        portal.choose("rules:ruleKey", RULE);
        portal.type("rules:value", "四十五");
        portal.type("rules:source", "测试：青海省通信管理局通知（2026-12-02 查阅）");
        portal.click("rules:addRule");
        assertEquals("这条规则的取值应为数字。", messageOn("rules:value"), "a wrong value is told on its field");
        assertEquals("测试：青海省通信管理局通知（2026-12-02 查阅）", browser.findElement(By.id("rules:source")).getAttribute("value"),
                "and nothing typed is lost");
        Browser.screenshot(browser, "admin-rules-refused-zh");

        portal.type("rules:value", "45");
        portal.click("rules:addRule");
        assertTrue(browser.findElement(By.id("messages")).getText().contains("规则 " + RULE + " 已新增"),
                browser.findElement(By.id("messages")).getText());
        String row = browser.findElements(By.cssSelector("[id='rules:rows'] tbody tr")).stream().map(r -> r.getText())
                .filter(t -> t.contains(RULE) && t.contains("45")).findFirst().orElse("");
        assertTrue(row.contains("当前生效") && row.contains("630000"), "the new row is in force today: " + row);
        Browser.screenshot(browser, "admin-rules-zh");

        JsonObject after = DemoApi.checkOrder(applicant, orderNumber);
        JsonObject tooYoung = after.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("code").equals("SUBJECT_PRINCIPAL_TOO_YOUNG")).findFirst()
                .orElseThrow(() -> new AssertionError("the next check applies the new rule: " + after));
        assertEquals("subject.principal.certificateNumber", tooYoung.getString("field"));
        assertTrue(tooYoung.getString("message").contains("45"), tooYoung.toString());
        assertFalse(after.getBoolean("submittable"));

        // The audit log names the administrator's step; the CSV export carries it.
        browser.get(base + "admin/audit.xhtml");
        portal.idle();
        portal.type("audit:actor", admin);
        portal.click("audit:apply");
        assertTrue(browser.findElement(By.id("audit:entries")).getText().contains("ProvinceRuleAdded"),
                browser.findElement(By.id("audit:entries")).getText());
        Browser.screenshot(browser, "admin-audit-zh");
        String csv = exportCsv();
        List<String> lines = csv.lines().toList();
        assertEquals("BOM", lines.get(0), "a byte-order mark, so spreadsheet programs read UTF-8");
        assertEquals("时间,操作人,事件类型,对象,详情,事件编号", lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.contains("ProvinceRuleAdded") && l.contains("province-rule:630000:" + RULE)), csv);

        browser.findElement(By.id("header-form:lang-en")).click();
        portal.idle();
        browser.get(base + "admin/rules.xhtml");
        portal.idle();
        portal.choose("rules:provinceCode", "青海省");
        assertTrue(browser.findElement(By.id("rules:rows")).getText().contains("In force"));
        Browser.screenshot(browser, "admin-rules-en");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "admin/accounts.xhtml");
        portal.idle();
        assertTrue(portal.fitsWidth(), "the accounts page fits a phone");
        Browser.screenshot(browser, "admin-accounts-phone-en");
    }

    @Test
    void anAdminOpensAReviewerAccountAndALockedAccountCannotSignIn() {
        String admin = DemoApi.testAccount("role=admin")[0];
        Browser.signIn(browser, admin, DemoApi.TEST_PASSWORD, ".xhtml");
        browser.get(base + "admin/accounts.xhtml");
        portal.idle();
        String username = "rv-" + TestData.unique().toLowerCase().replaceAll("[^a-z0-9]", "");
        portal.type("accounts:username", username);
        portal.type("accounts:displayName", "王审核");
        portal.type("accounts:mobile", "1391234");
        portal.type("accounts:password", "Review-2026-pass");
        portal.click("accounts:openAccount");
        assertEquals("手机号码应为 11 位，以 1 开头。", messageOn("accounts:mobile"));
        assertEquals(username, browser.findElement(By.id("accounts:username")).getAttribute("value"), "nothing typed is lost");
        browser.findElement(By.id("accounts:mobile")).clear();
        portal.type("accounts:mobile", "13912340000");
        portal.click("accounts:openAccount");
        assertTrue(browser.findElement(By.id("messages")).getText().contains("账号 " + username + " 已开设"));
        String listed = browser.findElement(By.id("find:accounts")).getText();
        assertTrue(listed.contains(username) && listed.contains("审核员") && listed.contains("正常"), listed);
        Browser.screenshot(browser, "admin-accounts-zh");

        browser.findElement(By.cssSelector("[id='find:accounts'] button[id$=':lock']")).click();
        portal.await().until(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
        browser.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        portal.idle();
        assertTrue(browser.findElement(By.id("find:accounts")).getText().contains("已锁定"));

        ChromeDriver other = Browser.open();
        try {
            other.get(base + "login.xhtml");
            new Portal(other).idle();
            other.findElement(By.id("login:username")).sendKeys(username);
            other.findElement(By.id("login:password")).sendKeys("Review-2026-pass");
            other.findElement(By.id("login:submit")).click();
            new Portal(other).idle();
            assertTrue(other.getCurrentUrl().contains("login"), "a locked account stays at the login: " + other.getCurrentUrl());
        } finally {
            other.quit();
        }
    }

    private String messageOn(String inputId) {
        return browser.findElement(By.id(inputId + "Msg")).getText();
    }

    private static List<String> codes(JsonObject report) {
        return report.getJsonArray("findings").getValuesAs(JsonObject.class).stream().map(f -> f.getString("code")).toList();
    }

    /** Posts the audit form with its export button as the browser would: "BOM" or "NO BOM", a line break, the file's text. */
    private String exportCsv() {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; var form = document.getElementById('audit');"
                        + "var data = new URLSearchParams(new FormData(form)); data.append('audit:export', 'x');"
                        + "fetch(form.action, {method: 'POST', body: data}).then(r => r.arrayBuffer()).then(b => { var u = new Uint8Array(b);"
                        + "done((u[0] === 0xEF && u[1] === 0xBB && u[2] === 0xBF ? 'BOM' : 'NO BOM') + '\\n' + new TextDecoder().decode(b)); });");
    }
}
