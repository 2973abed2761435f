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

    private static final String USER = "applicant.en";
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
        String orderNumber = DemoApi.abandonedOrder(USER);
        Browser.signIn(browser, USER, DemoApi.PASSWORD, "portal/index.xhtml");

        // The event travels outbox → JMS → consumer; reload the inbox until the message is there.
        By row = By.xpath("//tbody[@id='inbox:list_data']/tr[contains(., 'Order " + orderNumber + " abandoned')]");
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofSeconds(2)).until(d -> {
            d.get(base + "inbox/index.xhtml");
            return !d.findElements(row).isEmpty();
        });
        assertEquals("Messages", browser.findElement(By.id("page-title")).getText());
        int unread = Integer.parseInt(browser.findElement(UNREAD).getText());
        assertTrue(unread >= 1, "the new message is unread");
        assertTrue(browser.findElement(row).getText().contains("Unread"));

        browser.findElement(row).findElement(By.cssSelector(".ui-row-toggler")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//div[contains(@class,'beian-inbox-body') and contains(., 'order "
                + orderNumber + " was abandoned')]")));
        if (unread == 1) {
            wait.until(ExpectedConditions.invisibilityOfElementLocated(UNREAD));
        } else {
            wait.until(ExpectedConditions.textToBe(UNREAD, String.valueOf(unread - 1)));
        }

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
