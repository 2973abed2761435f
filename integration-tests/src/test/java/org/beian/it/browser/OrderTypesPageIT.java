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
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The order types besides the first filing, from the dashboard's actions, in a real browser, each test with
 * an account of its own: a change filing withdrawn while under review, edited and submitted again; a cancel
 * access with the shell-record warning; a cancel website with the unreachable-domains warning; an access
 * filing refused with a wrong filing password, told on the field, and submitted with the right one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderTypesPageIT {

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
    void aChangeFilingWithdrawnWhileUnderReviewIsEditedAndSubmittedAgain() {
        String user = approvedAccount();
        portal.click("dashboard:subjects:0:change-subject");
        wait.until(ExpectedConditions.urlContains("portal/filing/wizard.xhtml"));
        portal.idle();
        assertTrue(browser.findElement(By.id("wizard:changes")).getText().contains("0"), "nothing changed yet");

        String address = browser.findElement(By.id("wizard:mailingAddress:input")).getAttribute("value");
        portal.type("wizard:mailingAddress:input", address + "3号楼");
        assertTrue(portal.findingsOn("subject.mailingAddress").contains("已修改"), portal.findingsOn("subject.mailingAddress"));
        assertTrue(portal.findingsOn("subject.mailingAddress").contains(address), "what the record holds is shown");
        assertTrue(browser.findElement(By.id("wizard:changes")).getText().contains("1"));
        assertTrue(portal.findingsOn("subject.name").isEmpty(), "an unchanged field is not marked");
        Browser.screenshot(browser, "portal-change-marked-zh");
        portal.click("wizard:next");
        assertTrue(browser.findElement(By.id("wizard:no-websites")).isDisplayed(), "a subject change proposes no website");
        portal.click("wizard:next");
        assertTrue(browser.findElement(By.id("wizard:no-documents")).isDisplayed(), "no principal changed: nothing to upload");
        portal.click("wizard:next");
        portal.toggle("wizard:agree");
        browser.findElement(By.id("wizard:submit")).click();
        wait.until(ExpectedConditions.urlContains("portal/order.xhtml"));
        portal.idle();
        assertEquals("初审中", browser.findElement(By.id("order-state")).getText());
        assertEquals("变更备案", browser.findElement(By.id("order-type")).getText());

        // 撤回提交 while under the provider's review: the order is taken back, with what it proposed.
        browser.findElement(By.id("actions:withdraw")).click();
        confirm();
        wait.until(ExpectedConditions.textToBe(By.id("order-state"), "已撤回"));
        Browser.screenshot(browser, "portal-change-withdrawn-zh");
        portal.click("actions:fix");
        wait.until(ExpectedConditions.urlContains("portal/filing/wizard.xhtml"));
        portal.idle();
        assertEquals(address + "3号楼", browser.findElement(By.id("wizard:mailingAddress:input")).getAttribute("value"), "nothing is lost");
        portal.click("wizard:next");
        portal.click("wizard:next");
        portal.click("wizard:next");
        portal.toggle("wizard:agree");
        browser.findElement(By.id("wizard:submit")).click();
        wait.until(ExpectedConditions.urlContains("portal/order.xhtml"));
        portal.idle();
        assertEquals("初审中", browser.findElement(By.id("order-state")).getText());
        assertEquals(2, browser.findElements(By.cssSelector(".beian-timeline-SUBMITTED")).size(), "submitted, withdrawn, submitted again");
        assertEquals(1, browser.findElements(By.cssSelector(".beian-timeline-WITHDRAWN")).size());
    }

    @Test
    void cancellingTheLastAccessWarnsOfTheShellRecord() {
        approvedAccount();
        browser.findElement(By.id("dashboard:websites:0:cancel-access")).click();
        String warning = confirmText();
        assertTrue(warning.contains("空壳") && warning.contains("不可撤回"), warning);
        Browser.screenshot(browser, "portal-cancel-access-dialog-zh");
        confirm();
        wait.until(ExpectedConditions.urlContains("portal/filing/cancel.xhtml"));
        portal.idle();
        assertTrue(browser.findElement(By.id("cancel:consequences")).getText().contains("接入商"),
                browser.findElement(By.id("cancel:consequences")).getText());
        Browser.screenshot(browser, "portal-cancel-access-zh");
        browser.findElement(By.id("cancel:submit")).click();
        portal.idle();
        assertTrue(browser.findElement(By.cssSelector("[id='cancel'] .ui-message-error")).getText()
                .contains("知晓"), "the acknowledgement is asked for on its box");
        portal.toggle("cancel:acknowledged");
        browser.findElement(By.id("cancel:submit")).click();
        wait.until(ExpectedConditions.urlContains("portal/order.xhtml"));
        portal.idle();
        assertEquals("取消接入", browser.findElement(By.id("order-type")).getText());
        assertEquals("初审中", browser.findElement(By.id("order-state")).getText());
        assertTrue(browser.findElements(By.id("actions:abandon")).size() == 1, "a cancellation may be abandoned before the bureau");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        portal.idle();
        assertTrue(portal.fitsWidth(), "the order page of a cancellation fits a phone");
        Browser.screenshot(browser, "portal-cancel-access-order-phone-zh");
    }

    @Test
    void cancellingAWebsiteWarnsThatEveryDomainBecomesUnreachable() {
        approvedAccount();
        browser.findElement(By.id("dashboard:websites:0:cancel-website")).click();
        String warning = confirmText();
        assertTrue(warning.contains("所有域名将不能访问"), warning);
        confirm();
        wait.until(ExpectedConditions.urlContains("portal/filing/cancel.xhtml"));
        portal.idle();
        switchLanguage("lang-en");
        Browser.screenshot(browser, "portal-cancel-website-en");
        switchLanguage("lang-zh");
        portal.toggle("cancel:acknowledged");
        browser.findElement(By.id("cancel:submit")).click();
        wait.until(ExpectedConditions.urlContains("portal/order.xhtml"));
        portal.idle();
        assertEquals("注销网站", browser.findElement(By.id("order-type")).getText());
        assertEquals("初审中", browser.findElement(By.id("order-state")).getText());
    }

    @Test
    void anAccessFilingWithAWrongThenTheRightFilingPassword() {
        String[] account = DemoApi.testAccount("server=" + DemoApi.server() + "&draft=access");
        Browser.signIn(browser, account[0], DemoApi.TEST_PASSWORD, "portal/index.xhtml");
        browser.get(base + "portal/filing/wizard.xhtml?order=" + account[1]);
        portal.idle();
        portal.click("wizard:next");
        portal.click("wizard:next");
        portal.click("wizard:next");
        portal.type("wizard:filingPassword", "Wrong@2026");
        String told = portal.findingsOn("extras.filingPassword");
        assertTrue(told.contains("备案密码不正确"), told);
        Browser.screenshot(browser, "portal-access-password-wrong-zh");
        portal.toggle("wizard:agree");
        browser.findElement(By.id("wizard:submit")).click();
        portal.idle();
        assertTrue(browser.getCurrentUrl().contains("wizard.xhtml"), "refused with the wrong password");

        portal.type("wizard:filingPassword", account[2]);
        assertTrue(portal.findingsOn("extras.filingPassword").isEmpty(), portal.findingsOn("extras.filingPassword"));
        browser.findElement(By.id("wizard:submit")).click();
        wait.until(ExpectedConditions.urlContains("portal/order.xhtml"));
        portal.idle();
        assertEquals("接入备案", browser.findElement(By.id("order-type")).getText());
        assertEquals("初审中", browser.findElement(By.id("order-state")).getText());
    }

    /** An applicant with an approved first filing (one subject, one website, this provider its only access provider), on the dashboard. */
    private String approvedAccount() {
        String[] account = DemoApi.testAccount("server=" + DemoApi.server() + "&approved=true");
        Browser.signIn(browser, account[0], DemoApi.TEST_PASSWORD, "portal/index.xhtml");
        portal.idle();
        return account[0];
    }

    private String confirmText() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message")))
                .getText();
    }

    private void confirm() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"))).click();
        portal.idle();
    }

    private void switchLanguage(String link) {
        browser.findElement(By.id("header-form:" + link)).click();
        portal.idle();
    }

}
