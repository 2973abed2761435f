package org.beian.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beian.it.Deployments;
import org.beian.it.mail.MailServerSession;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Applicant accounts in a real browser: a visitor registers with the codes that reach the mailbox
 * (GreenMail) and the phone (the SMS provider stand-in), signs in, changes the password, signs out,
 * resets it by an SMS code and signs in with the new one; a wrong code, a wrong current password and a
 * weak password are told on their fields with everything typed kept; the page fits a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationIT {

    private static final Pattern CODE = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");

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
    void registersWithBothCodesChangesThePasswordAndResetsItByMobile() throws Exception {
        String user = "reg" + ThreadLocalRandom.current().nextInt(100_000_000);
        String email = user + "@example.com";
        String mobile = mobile();
        String first = "Kaiyuan2026a";
        String second = "Changed2026b";
        String third = "Reset2026c";

        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:register")).click();
        wait.until(ExpectedConditions.urlContains("register.xhtml"));
        assertEquals("注册账号", heading());
        Browser.screenshot(browser, "register-zh");

        type("register:username", user);
        type("register:password", first);
        type("register:email", email);
        browser.findElement(By.id("register:sendEmailCode")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:emailCodeMsg"), "验证码已发送至邮箱"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:sendEmailCode"), "秒后可重新获取"));
        assertTrue(!browser.findElement(By.id("register:sendEmailCode")).isEnabled(), "no second code within the cooldown");
        String emailCode = emailCode(email);

        type("register:mobile", mobile);
        browser.findElement(By.id("register:sendMobileCode")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:mobileCodeMsg"), "验证码已发送至手机"));
        String mobileCode = smsCode(mobile, 1);
        assertTrue(SmsProviderSession.delivered(mobile).get(0).text().startsWith("【备案】您的注册验证码为" + mobileCode + "，10分钟内有效。"));

        // A wrong e-mail code: told on its field, its attempt counted, nothing typed lost.
        type("register:emailCode", wrong(emailCode));
        type("register:mobileCode", mobileCode);
        browser.findElement(By.id("register:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:emailCodeMsg"), "验证码不正确，还可尝试 4 次。"));
        assertEquals("", browser.findElement(By.id("register:mobileCodeMsg")).getText(), "the SMS code was right");
        assertEquals(user, value("register:username"));
        assertEquals(first, value("register:password"));
        assertEquals(email, value("register:email"));
        assertEquals(mobile, value("register:mobile"));
        assertEquals(mobileCode, value("register:mobileCode"));
        Browser.screenshot(browser, "register-wrong-code-zh");

        type("register:emailCode", emailCode);
        browser.findElement(By.id("register:submit")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        assertEquals("注册成功，请使用新账号登录。", browser.findElement(By.id("login:done-registered")).getText());

        Browser.signIn(browser, user, first, "portal/index.xhtml");
        assertEquals(user, browser.findElement(By.id("current-user")).getText());

        // Change the password: a wrong current one first.
        browser.findElement(By.id("header-form:nav-password")).click();
        wait.until(ExpectedConditions.urlContains("account/password.xhtml"));
        type("password:current", "Wrong2026x");
        type("password:newPassword", second);
        browser.findElement(By.id("password:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("password:currentMsg"), "当前密码不正确。"));
        assertEquals(second, value("password:newPassword"));
        type("password:current", first);
        browser.findElement(By.id("password:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "密码已修改"));
        Browser.screenshot(browser, "account-password-changed-zh");

        browser.findElement(By.id("header-form:logout")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));

        // Forgotten: reset by a code texted to the account's mobile.
        browser.findElement(By.id("login:forgot")).click();
        wait.until(ExpectedConditions.urlContains("password-reset.xhtml"));
        assertEquals("找回密码", heading());
        type("reset:username", user);
        type("reset:mobile", mobile);
        browser.findElement(By.id("reset:sendCode")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reset:codeMsg"), "验证码已发送至该手机"));
        String resetCode = smsCode(mobile, 2);
        assertTrue(SmsProviderSession.delivered(mobile).get(1).text().contains("重置登录密码"));
        type("reset:code", resetCode);
        type("reset:newPassword", third);
        Browser.screenshot(browser, "password-reset-zh");
        browser.findElement(By.id("reset:submit")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        assertEquals("密码已重置，请使用新密码登录。", browser.findElement(By.id("login:done-reset")).getText());

        Browser.signIn(browser, user, third, "portal/index.xhtml");
        assertEquals(user, browser.findElement(By.id("current-user")).getText());
    }

    @Test
    void aWeakPasswordIsToldRuleByRuleAndTheFormFitsAPhone() {
        String user = "weak" + ThreadLocalRandom.current().nextInt(100_000_000);
        String mobile = mobile();
        browser.get(base + "register.xhtml");
        browser.findElement(By.id("header-form:lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("page-title"), "Register"));

        type("register:username", user);
        type("register:password", "abc");
        type("register:email", user + "@example.com");
        type("register:emailCode", "123456");
        type("register:mobile", mobile);
        type("register:mobileCode", "654321");
        browser.findElement(By.id("register:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:passwordMsg"), "at least 8 characters"));
        String told = browser.findElement(By.id("register:passwordMsg")).getText();
        assertTrue(told.contains("The password needs at least 8 characters.") && told.contains("The password needs a digit."), told);
        assertTrue(!told.contains("letter"), told);
        assertEquals(user, value("register:username"));
        assertEquals("654321", value("register:mobileCode"));
        Browser.screenshot(browser, "register-weak-password-en");

        // Strong enough now, but no code was ever sent to these: told on both code fields.
        type("register:password", "Strong2026x");
        browser.findElement(By.id("register:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:emailCodeMsg"), "Please ask for a code first."));
        assertEquals("Please ask for a code first.", browser.findElement(By.id("register:mobileCodeMsg")).getText());
        assertEquals("", browser.findElement(By.id("register:passwordMsg")).getText());

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "register.xhtml");
        wait.until(ExpectedConditions.textToBe(By.id("page-title"), "Register"));
        assertNoSidewaysScrolling();
        Browser.screenshot(browser, "register-phone-en");
        browser.findElement(By.id("header-form:lang-zh")).click();
        wait.until(ExpectedConditions.textToBe(By.id("page-title"), "注册账号"));
        assertNoSidewaysScrolling();
        Browser.screenshot(browser, "register-phone-zh");
        browser.get(base + "login.xhtml");
        assertNoSidewaysScrolling();
    }

    private void assertNoSidewaysScrolling() {
        Object fits = browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
        assertEquals(Boolean.TRUE, fits, "no horizontal scrolling at " + browser.manage().window().getSize());
    }

    private void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    private String heading() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-title"))).getText();
    }

    private static String mobile() {
        return String.format("139%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String wrong(String code) {
        char last = code.charAt(5);
        return code.substring(0, 5) + (last == '9' ? '0' : (char) (last + 1));
    }

    /** The code in the one e-mail that reached the address (delivered asynchronously, through the delivery queue). */
    private static String emailCode(String email) throws Exception {
        new FluentWait<>(email).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500))
                .until(address -> MailServerSession.server().getReceivedMessagesForDomain(address).length > 0);
        MimeMessage[] messages = MailServerSession.server().getReceivedMessagesForDomain(email);
        MimeMessage message = messages[messages.length - 1];
        assertEquals("【备案】注册验证码", message.getSubject());
        return code(String.valueOf(message.getContent()));
    }

    /** The code in the {@code nth} SMS that reached the phone. */
    private static String smsCode(String mobile, int nth) {
        new FluentWait<>(mobile).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500))
                .until(phone -> SmsProviderSession.delivered(phone).size() >= nth);
        List<SmsProviderSession.Delivered> texts = SmsProviderSession.delivered(mobile);
        assertEquals(nth, texts.size(), "one SMS per code");
        return code(texts.get(nth - 1).text());
    }

    private static String code(String text) {
        Matcher matcher = CODE.matcher(text);
        assertTrue(matcher.find(), "a 6-digit code in " + text);
        return matcher.group();
    }
}
