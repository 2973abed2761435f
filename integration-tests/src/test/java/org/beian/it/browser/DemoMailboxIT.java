package org.beian.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beian.it.Deployments;
import org.beian.it.mail.MailServerSession;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * The demo mailbox (demo mode: the test run points it at its GreenMail over IMAP, as the run command points
 * it at the GreenMail it starts): a visitor asks for a registration code by e-mail, and an administrator
 * finds that mail on the page, with its Chinese subject and the code in its body, in Chinese, in English
 * and at phone width.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoMailboxIT {

    private static final Pattern CODE = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");

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
    void anAdminReadsTheRegistrationCodeMailAVisitorAskedFor() throws Exception {
        String email = "mailbox" + ThreadLocalRandom.current().nextInt(100_000_000) + "@example.com";
        browser.get(base + "register.xhtml");
        portal.idle();
        portal.type("register:email", email);
        portal.click("register:sendEmailCode");
        portal.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:emailCodeMsg"), "验证码已发送至邮箱"));
        String code = codeAtTheMailServer(email);
        browser.manage().deleteAllCookies();

        String admin = DemoApi.testAccount("role=admin")[0];
        Browser.signIn(browser, admin, DemoApi.TEST_PASSWORD, ".xhtml");
        browser.get(base + "admin/index.xhtml");
        portal.idle();
        browser.findElement(By.id("link-mailbox")).click();
        portal.idle();
        assertEquals("演示邮箱", browser.findElement(By.id("page-title")).getText());
        WebElement row = rowTo(email);
        assertTrue(row.getText().contains("【备案】注册验证码"), "the subject as sent, in Chinese: " + row.getText());
        row.findElement(By.cssSelector(".ui-row-toggler")).click();
        String body = portal.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".beian-mail-text"))).getText();
        assertTrue(body.contains(code), "the body carries the code that reached the mailbox: " + body);
        assertEquals("发件人：beian@localhost", browser.findElement(By.cssSelector(".beian-mail-from")).getText(), "the desk's sender");
        Browser.screenshot(browser, "admin-demo-mailbox-zh");

        browser.findElement(By.id("header-form:lang-en")).click();
        portal.idle();
        assertEquals("Demo mailbox", browser.findElement(By.id("page-title")).getText());
        assertTrue(browser.findElement(By.id("admin-mailbox")).isDisplayed(), "the administration links name the page in demo mode");
        rowTo(email);
        Browser.screenshot(browser, "admin-demo-mailbox-en");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "admin/demo-mailbox.xhtml");
        portal.idle();
        rowTo(email).findElement(By.cssSelector(".ui-row-toggler")).click();
        portal.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".beian-mail-text")));
        assertTrue(portal.fitsWidth(), "the demo mailbox fits a phone");
        assertTrue((Boolean) browser.executeScript("var t = document.querySelector(\"[id='mailbox:mails'] table\");"
                + " return t.scrollWidth <= t.parentElement.clientWidth;"), "and so does its table, not cut off inside its card");
        browser.executeScript("document.getElementById('mailbox:mails').scrollIntoView();");
        Browser.screenshot(browser, "admin-demo-mailbox-phone-en");
    }

    /** The page's row of the mail to the address (the newest mails come first). */
    private WebElement rowTo(String email) {
        return browser.findElements(By.cssSelector("[id='mailbox:mails'] tbody tr")).stream()
                .filter(r -> r.getText().contains(email)).findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + email + " listed: "
                        + browser.findElement(By.id("mailbox:mails")).getText()));
    }

    /** The code in the mail as it reached GreenMail (delivered asynchronously, through the delivery queue). */
    private static String codeAtTheMailServer(String email) throws Exception {
        new FluentWait<>(email).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500))
                .until(address -> MailServerSession.server().getReceivedMessagesForDomain(address).length > 0);
        MimeMessage message = MailServerSession.server().getReceivedMessagesForDomain(email)[0];
        Matcher code = CODE.matcher(String.valueOf(message.getContent()));
        assertTrue(code.find(), "a code in the mail");
        return code.group();
    }
}
