package org.beian.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reviewers' dashboard: its charts and tables, and a submission made while it is open shows up in
 * the initial-review figure without a reload (a marker set in the page survives, so the page was not
 * loaded again).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewDashboardIT {

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
    void theDashboardShowsANewSubmissionWithoutReloading() {
        String reviewer = DemoApi.testAccount("role=reviewer")[0];
        Browser.signIn(browser, reviewer, DemoApi.TEST_PASSWORD, ".xhtml");
        browser.get(base + "review/dashboard.xhtml");
        portal.idle();
        for (String chart : new String[] {"submissions", "queues", "provinces"}) {
            assertEquals(1, browser.findElements(By.cssSelector("[id='dashboard:" + chart + "'] canvas")).size(), chart + " is drawn");
        }
        long waiting = initialReviews();
        JavascriptExecutor js = browser;
        js.executeScript("window.beianNotReloaded = true;");

        String server = "ins-" + TestData.unique().toLowerCase().replaceAll("[^a-z0-9]", "");
        DemoApi.testAccount("server=" + server + "&submitted=true");

        new WebDriverWait(browser, Duration.ofSeconds(45)).pollingEvery(Duration.ofMillis(500))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> initialReviews() > waiting);
        assertEquals(Boolean.TRUE, js.executeScript("return window.beianNotReloaded === true;"), "the page was not reloaded");
        assertTrue(Long.parseLong(browser.findElement(By.id("submitted-today")).getText()) >= 1);
        Browser.screenshot(browser, "review-dashboard-zh");

        browser.findElement(By.id("header-form:lang-en")).click();
        portal.idle();
        assertTrue(browser.findElement(By.id("chart-queues")).getText().contains("Queue sizes"));
        Browser.screenshot(browser, "review-dashboard-en");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        portal.idle();
        assertTrue(portal.fitsWidth(), "the dashboard fits a phone");
        Browser.screenshot(browser, "review-dashboard-phone-en");
    }

    private long initialReviews() {
        String text = browser.findElement(By.cssSelector("[data-queue='AWAITING_INITIAL_REVIEW']")).getText().replace("+", "");
        return Long.parseLong(text.trim());
    }
}
