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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The reviewers' console in the browser: a submitted order is found in the initial-review queue by its
 * number, the first reviewer claims it, a second reviewer sees who holds it and gets no step to take,
 * and the first passes the initial review. Screenshots in Chinese and English, and at phone width.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewConsoleIT {

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
    void aSecondReviewerSeesWhoHoldsAClaimedOrderAndCannotActOnIt() {
        String server = "ins-" + TestData.unique().toLowerCase().replaceAll("[^a-z0-9]", "");
        String orderNumber = DemoApi.testAccount("server=" + server + "&submitted=true")[1];
        String first = DemoApi.testAccount("role=reviewer")[0];
        String second = DemoApi.testAccount("role=reviewer")[0];

        Browser.signIn(browser, first, DemoApi.TEST_PASSWORD, ".xhtml");
        browser.get(base + "review/index.xhtml");
        portal.idle();
        Browser.screenshot(browser, "review-console-zh");
        portal.choose("console:searchKind", "订单号");
        portal.type("console:search", orderNumber);
        portal.click("console:apply");
        assertEquals("共 1 条", browser.findElement(By.id("queue-count")).getText());
        browser.findElement(By.linkText(orderNumber)).click();
        portal.await().until(ExpectedConditions.urlContains("review/order.xhtml"));
        portal.idle();
        assertEquals("该订单尚未被领取。", browser.findElement(By.id("review:free")).getText());
        portal.click("review:claimIt");
        assertTrue(browser.findElement(By.id("review:mine")).getText().startsWith("您已领取该订单"));
        Browser.screenshot(browser, "review-order-claimed-zh");

        try (Second other = new Second(second)) {
            other.browser.get(base + "review/order.xhtml?order=" + orderNumber);
            new Portal(other.browser).idle();
            String held = other.browser.findElement(By.id("review:holder")).getText();
            assertTrue(held.contains(first), "the page names the holder: " + held);
            assertTrue(other.browser.findElements(By.id("review:approve")).isEmpty(), "no step for the second reviewer");
            assertTrue(other.browser.findElements(By.id("review:claimIt")).isEmpty(), "nor a claim");
            Browser.screenshot(other.browser, "review-order-held-zh");
            // The queue names the holder too.
            other.browser.get(base + "review/index.xhtml");
            Portal queue = new Portal(other.browser);
            queue.idle();
            queue.choose("console:searchKind", "订单号");
            queue.type("console:search", orderNumber);
            queue.click("console:apply");
            assertTrue(other.browser.findElement(By.id("console:orders")).getText().contains(first), "the queue shows who holds it");
        }

        portal.click("review:approve");
        assertEquals("待拍照", browser.findElement(By.id("order-state")).getText());
        assertTrue(!browser.findElements(By.id("review:free")).isEmpty(), "the decision released the claim");

        browser.get(base + "review/index.xhtml");
        portal.idle();
        browser.findElement(By.id("header-form:lang-en")).click();
        portal.idle();
        assertTrue(browser.findElement(By.cssSelector(".beian-queue-tabs")).getText().contains("Initial review"));
        Browser.screenshot(browser, "review-console-en");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        portal.idle();
        assertTrue(portal.fitsWidth(), "the console fits a phone");
        Browser.screenshot(browser, "review-console-phone-en");
    }

    /** A second reviewer's browser, signed in. */
    private static final class Second implements AutoCloseable {
        final ChromeDriver browser = Browser.open();

        Second(String user) {
            Browser.signIn(browser, user, DemoApi.TEST_PASSWORD, ".xhtml");
        }

        @Override
        public void close() {
            browser.quit();
        }
    }
}
