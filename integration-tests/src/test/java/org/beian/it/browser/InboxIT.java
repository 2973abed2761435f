package org.beian.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.beian.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The in-app inbox in a real browser: an order abandoned over the API reaches the applicant's inbox,
 * the header counts it unread, opening it marks it read, and "mark all as read" clears the count.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InboxIT {

    private static final By UNREAD = By.id("header-form:unread-count");

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

    @Test
    void aNewMessageIsCountedInTheHeaderAndOpeningItMarksItRead() throws Exception {
        String user = DemoApi.newApplicant("en");
        String orderNumber = DemoApi.abandonedOrder(user, DemoApi.TEST_PASSWORD);
        Browser.signIn(browser, user, DemoApi.TEST_PASSWORD, "portal/index.xhtml");

        // The event travels outbox → JMS → consumer; reload the inbox until the message is there.
        By row = By.xpath("//tbody[@id='inbox:list_data']/tr[contains(., 'Order " + orderNumber + " abandoned')]");
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofSeconds(2)).until(d -> {
            d.get(base + "inbox/index.xhtml");
            return !d.findElements(row).isEmpty();
        });
        assertEquals("Messages", browser.findElement(By.id("page-title")).getText());
        assertEquals("1", browser.findElement(UNREAD).getText(), "the account's one message is unread");
        assertTrue(browser.findElement(row).getText().contains("Unread"));

        browser.findElement(row).findElement(By.cssSelector(".ui-row-toggler")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//div[contains(@class,'beian-inbox-body') and contains(., 'order "
                + orderNumber + " was abandoned')]")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(UNREAD));

        browser.findElement(By.id("inbox:markAll")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(UNREAD));
        browser.get(base + "inbox/index.xhtml");
        List<WebElement> rows = browser.findElements(By.xpath("//tbody[@id='inbox:list_data']/tr[contains(@class,'beian-unread')]"));
        assertTrue(rows.isEmpty(), "every message read");
        assertTrue(browser.findElements(UNREAD).isEmpty());
    }

    @Test
    void theInboxNeedsASignedInUser() {
        browser.get(base + "inbox/index.xhtml");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }
}
