package org.beian.it.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.beian.it.Deployments;
import org.beian.it.sms.SmsProviderSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dead-message queue on the administrators' page, in a real browser: the SMS provider refuses the
 * demo applicant's mobile, the SMS of an abandoned order ends in the queue after its attempts, the
 * provider recovers, and "send again" delivers it once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeadMessagesIT {

    private static final String APPLICANT = "applicant.en";
    private static final String APPLICANT_MOBILE = "13900139000";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        SmsProviderSession.stopRefusing(APPLICANT_MOBILE);
        browser.quit();
    }

    @Test
    void anAdministratorSendsAParkedSmsAgainOnceTheProviderRecovers() {
        SmsProviderSession.refuse(APPLICANT_MOBILE, -1);
        String orderNumber = DemoApi.abandonedOrder(APPLICANT);
        Browser.signIn(browser, "admin", DemoApi.PASSWORD, "admin/index.xhtml");

        By row = By.xpath("//tbody[@id='dead:deadTable_data']/tr[contains(., 'Order " + orderNumber + " abandoned')]");
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofSeconds(2)).until(d -> {
            d.get(Deployments.baseUri() + "admin/notifications.xhtml");
            return !d.findElements(row).isEmpty();
        });
        String shown = browser.findElement(row).getText();
        assertTrue(shown.contains("OrderAbandoned") && shown.contains("503") && shown.contains(APPLICANT_MOBILE), shown);
        assertTrue(SmsProviderSession.delivered(APPLICANT_MOBILE).stream().noneMatch(d -> d.text().contains(orderNumber)));

        SmsProviderSession.stopRefusing(APPLICANT_MOBILE);
        // A second tab (another administrator, or the same one twice) sends it again first.
        String firstTab = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(Deployments.baseUri() + "admin/notifications.xhtml");
        browser.findElement(row).findElement(By.tagName("button")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已安排重新发送"));
        wait.until(ExpectedConditions.numberOfElementsToBe(row, 0));

        // The first tab still lists it: its click is told, in words on the page, that the message is gone.
        browser.switchTo().window(firstTab);
        browser.findElement(row).findElement(By.tagName("button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已不在死信队列中"));
        assertFalse(browser.getPageSource().contains("系统繁忙"), "the page itself, not the error page");
        Browser.screenshot(browser, "admin-dead-message-sent-twice");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> SmsProviderSession.delivered(APPLICANT_MOBILE).stream()
                .filter(m -> m.text().contains(orderNumber)).count() == 1);
    }
}
