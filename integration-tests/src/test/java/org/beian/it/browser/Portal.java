package org.beian.it.browser;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.beian.it.sms.SmsProviderSession;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Driving PrimeFaces widgets as a user does: type and leave a field, pick from a select, wait for the answer. */
final class Portal {

    private static final Pattern SIX_DIGITS = Pattern.compile("(?<!\\d)\\d{6}(?!\\d)");

    private final ChromeDriver browser;
    private final WebDriverWait wait;

    Portal(ChromeDriver browser) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** Types into a field and leaves it (Tab), then waits until the page has its answer. */
    void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
        field.sendKeys(Keys.TAB);
        idle();
    }

    /**
     * Picks the option with this label in a p:selectOneMenu: opens it as a user does, then selects through
     * the widget (clicking the overlay's items races with its animation in headless Chromium).
     */
    void choose(String id, String label) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        // The widget is looked up afresh each try, and the choice checked on the hidden select: right after an
        // ajax update re-renders the menu, the first lookup can still meet the widget of the replaced element.
        wait.until(d -> {
            Object chosen = ((JavascriptExecutor) d).executeScript(
                    "var w = PrimeFaces.getWidgetById(arguments[0]); var label = arguments[1];"
                            + "if (!w || !document.body.contains(w.jq[0])) { return 'stale'; }"
                            + "var option = w.input.find('option').filter(function () { return jQuery(this).text() === label; });"
                            + "if (!option.length) { return 'missing'; }"
                            + "if (w.input.val() !== option.val()) { w.selectItem(w.items.eq(option.index())); }"
                            + "w.hide(); return w.input.val() === option.val() ? 'chosen' : 'stale';", id, label);
            if ("missing".equals(chosen)) {
                throw new AssertionError("No option '" + label + "' in " + id);
            }
            return "chosen".equals(chosen);
        });
        idle();
    }

    /**
     * Types into a field and leaves it like {@link #type}, and answers how long the browser took from the
     * blur to the field's findings being replaced by the check's answer (a MutationObserver on the field's
     * block: the wizard's field checks are not global PrimeFaces requests, so no pfAjaxComplete fires).
     */
    double leaveMillis(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
        ((JavascriptExecutor) browser).executeScript("var f = document.getElementById(arguments[0]); window.beianT1 = null;"
                + "var block = f.closest('.beian-field');"
                + "f.addEventListener('blur', function () { window.beianT0 = performance.now(); }, {once: true});"
                + "var o = new MutationObserver(function () { window.beianT1 = performance.now(); o.disconnect(); });"
                + "o.observe(block, {childList: true, subtree: true});", id);
        field.sendKeys(Keys.TAB);
        idle();
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return window.beianT1 !== null;"));
        return ((Number) ((JavascriptExecutor) browser).executeScript("return window.beianT1 - window.beianT0;")).doubleValue();
    }

    /** Ticks the box of a p:selectManyCheckbox / p:selectOneRadio option by its label text. */
    void tick(String groupId, String label) {
        browser.findElement(By.xpath("//*[@id='" + groupId + "']//label[normalize-space(.)='" + label + "']")).click();
        idle();
    }

    /** Clicks the box of a p:selectBooleanCheckbox (its input is hidden). */
    void toggle(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='" + id + "'] .ui-chkbox-box"))).click();
        idle();
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        idle();
    }

    /**
     * Confirms a principal's mobile as the applicant does: 获取验证码, the code from the SMS that reaches the
     * phone (the SMS provider stand-in), 验证; waits until the page says it is confirmed.
     */
    void confirmMobile(String personId, String mobile) {
        int before = SmsProviderSession.delivered(mobile).size();
        click(personId + ":sendMobileCode");
        new FluentWait<>(mobile).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(300))
                .until(phone -> SmsProviderSession.delivered(phone).size() > before);
        String text = SmsProviderSession.delivered(mobile).get(before).text();
        Matcher code = SIX_DIGITS.matcher(text);
        if (!code.find()) {
            throw new AssertionError("No code in " + text);
        }
        type(personId + ":mobileCode", code.group());
        click(personId + ":confirmMobile");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id='" + personId + ":mobileConfirmation'] .beian-mobile-confirmed")));
    }

    /**
     * The ministry's SMS check as the subject principal answers it: from the order page (open in the browser)
     * to the page its link names, with the code the ministry texted, the mobile and the last six characters of
     * the identity document (read from the order over the API).
     */
    void answerSmsCheck(String user, String order) {
        jakarta.json.JsonObject principal = DemoApi.order(user, order).getJsonObject("snapshot").getJsonObject("subject")
                .getJsonObject("principal");
        String mobile = principal.getString("mobile");
        String id = principal.getString("certificateNumber");
        String code = DemoApi.orderStep("step=smsCode&mobile=" + mobile + "&n=1");
        browser.get(browser.findElement(By.id("sms-check-link")).getAttribute("href"));
        type("verify:mobile", mobile);
        type("verify:code", code);
        type("verify:idLast6", id.substring(id.length() - 6));
        browser.findElement(By.id("verify:submit")).click();
        idle();
    }

    /** No request of PrimeFaces or jQuery is running, and the document has loaded. */
    void idle() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());"));
    }

    /** The findings the page shows on a field (its data-path), as text; empty when there are none. */
    String findingsOn(String path) {
        return browser.findElements(By.cssSelector("[data-path='" + path + "'] .beian-finding")).stream()
                .map(WebElement::getText).reduce("", (a, b) -> a + b + "\n").trim();
    }

    /** Whether the page fits the window's width (no sideways scrolling). */
    boolean fitsWidth() {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
    }

    ChromeDriver driver() {
        return browser;
    }

    WebDriverWait await() {
        return wait;
    }
}
