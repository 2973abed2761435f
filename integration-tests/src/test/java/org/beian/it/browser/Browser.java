package org.beian.it.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.beian.it.Deployments;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver. The driver path is given explicitly so
 * Selenium Manager never tries the network.
 */
final class Browser {

    private static final String CHROMIUM = System.getProperty("beian.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("beian.chromedriver", "/usr/bin/chromedriver");

    private Browser() {}

    static ChromeDriver open() {
        Path profile;
        try {
            profile = Files.createTempDirectory("beian-chromium");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a browser profile directory", e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                        "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * Saves what the browser shows as {@code docs/images/<name>.png} (or under {@code beian.screenshots}),
     * for the guides and for a person to look at.
     */
    static void screenshot(ChromeDriver driver, String name) {
        Path folder = Path.of(System.getProperty("beian.screenshots", "../docs/images"));
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save the screenshot " + name, e);
        }
    }

    /**
     * What the browser showed last (a screenshot and the page's HTML) under {@code target/last-pages/}: when a
     * test fails, the page it failed on.
     */
    static void keepLastPage(ChromeDriver driver, org.junit.jupiter.api.TestInfo test) {
        Path folder = Path.of("target", "last-pages");
        String name = test.getTestClass().map(Class::getSimpleName).orElse("") + "." + test.getTestMethod().map(m -> m.getName()).orElse("");
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(folder.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            // A browser that is gone leaves nothing to keep; the test's own failure says more.
        }
    }

    /** Signs in through the login page and waits for the landing page. */
    static void signIn(ChromeDriver driver, String user, String password, String landing) {
        driver.get(Deployments.baseUri() + "login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(user);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(landing));
    }
}
