package org.beian.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.beian.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Each demo role signs in, lands on its own page, and is refused the pages of the other roles. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginIT {

    private static final String DEMO_PASSWORD = "Demo@2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String base = Deployments.baseUri().toString();

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @ParameterizedTest(name = "{0} lands on {1} and is refused {3}")
    @CsvSource({
            "applicant, portal/index.xhtml, 备案管理, review/index.xhtml",
            "reviewer,  review/index.xhtml, 备案审核, portal/index.xhtml",
            "admin,     admin/index.xhtml,  系统管理, review/index.xhtml",
            "applicant, portal/index.xhtml, 备案管理, admin/index.xhtml",
    })
    void demoRoleLandsOnItsPageAndIsRefusedAnother(String user, String landing, String title, String forbidden) {
        signIn(user, DEMO_PASSWORD);

        wait.until(ExpectedConditions.urlContains(landing));
        assertEquals(title, heading());
        assertEquals(user, browser.findElement(By.id("current-user")).getText());

        browser.get(base + forbidden);
        assertEquals("无权访问", heading());
        assertTrue(browser.findElements(By.id("error-403")).size() == 1);
    }

    @Test
    void englishSpeakingAccountGetsEnglishPages() {
        signIn("applicant.en", DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlContains("portal/index.xhtml"));
        assertEquals("Filings", heading());
    }

    @Test
    void protectedPageAsksForLoginAndContinuesThere() {
        browser.get(base + "review/index.xhtml");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        fillAndSubmit("reviewer", DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlContains("review/index.xhtml"));
        assertEquals("备案审核", heading());
    }

    @Test
    void wrongPasswordShowsMessageOnLoginPage() {
        signIn("applicant", "not-the-password");

        WebDriver page = wait.until(d -> d.findElements(By.cssSelector("#login\\:login-messages .ui-messages-error-summary"))
                .isEmpty() ? null : d);
        assertEquals("用户名或密码错误，请重新输入。",
                page.findElement(By.cssSelector("#login\\:login-messages .ui-messages-error-summary")).getText());
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"));
        assertEquals("applicant", browser.findElement(By.id("login:username")).getAttribute("value"),
                "the user name the user typed is kept");
    }

    @Test
    void emptyFieldsAreNamedOnTheFields() {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#login .ui-message-error"), "请输入"));
        assertTrue(browser.findElement(By.id("login")).getText().contains("请输入用户名。"));
        assertTrue(browser.findElement(By.id("login")).getText().contains("请输入密码。"));
    }

    @Test
    void languageSwitchShowsEnglishAndBack() {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("header-form:lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("page-title"), "Sign in"));
        fillAndSubmit("applicant", DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlContains("portal/index.xhtml"));
        assertEquals("Filings", heading());
        browser.findElement(By.id("header-form:lang-zh")).click();
        wait.until(ExpectedConditions.textToBe(By.id("page-title"), "备案管理"));
    }

    @Test
    void signOutEndsTheSession() {
        signIn("applicant", DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlContains("portal/index.xhtml"));
        browser.findElement(By.id("header-form:logout")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        browser.get(base + "portal/index.xhtml");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }

    @Test
    void anAdministratorOpensNotificationDeliveryAndAnApplicantCannot() {
        signIn("admin", DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlContains("admin/index.xhtml"));
        browser.findElement(By.id("link-notifications")).click();
        wait.until(ExpectedConditions.urlContains("admin/notifications.xhtml"));
        assertEquals("通知发送", heading());
        assertEquals(1, browser.findElements(By.id("smsTable")).size());
        assertEquals(1, browser.findElements(By.id("dead:deadTable")).size());
        browser.findElement(By.id("header-form:logout")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));

        signIn("applicant", DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlContains("portal/index.xhtml"));
        browser.get(base + "admin/notifications.xhtml");
        assertEquals("无权访问", heading());
    }

    @Test
    void unknownPageIsAFriendly404() {
        browser.get(base + "no/such/page.xhtml");
        assertEquals("页面不存在", heading());
        HttpEndpointsIT.assertNoInternals(browser.getPageSource());
    }

    private void signIn(String user, String password) {
        browser.get(base + "login.xhtml");
        fillAndSubmit(user, password);
    }

    private void fillAndSubmit(String user, String password) {
        browser.findElement(By.id("login:username")).sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    private String heading() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-title"))).getText();
    }
}
