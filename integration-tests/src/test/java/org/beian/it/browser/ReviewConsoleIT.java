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

    @Test
    void aReviewerRejectsTwoFieldsAndTheApplicantSeesExactlyThose() {
        String server = "ins-" + TestData.unique().toLowerCase().replaceAll("[^a-z0-9]", "");
        String[] filed = DemoApi.testAccount("server=" + server + "&submitted=true");
        String applicant = filed[0];
        String orderNumber = filed[1];
        String reviewerName = DemoApi.testAccount("role=reviewer")[0];

        Browser.signIn(browser, reviewerName, DemoApi.TEST_PASSWORD, ".xhtml");
        browser.get(base + "review/order.xhtml?order=" + orderNumber);
        portal.idle();
        portal.click("review:claimIt");
        // 驳回 needs at least one remark; a remark needs its field and reason, each told on its own field.
        assertTrue(!browser.findElement(By.id("review:reject")).isEnabled(), "nothing to reject with yet");
        portal.click("review:addRemark");
        assertEquals("请选择有问题的字段。", browser.findElement(By.id("review:remarkFieldMsg")).getText().trim());
        assertEquals("请填写原因。", browser.findElement(By.id("review:remarkReasonMsg")).getText().trim());
        portal.choose("review:remarkField", "主体信息 · 通信地址");
        portal.choose("review:remarkTemplate", "地址未精确到门牌号。");
        assertEquals("地址未精确到门牌号。", browser.findElement(By.id("review:remarkReason")).getAttribute("value"));
        portal.type("review:remarkSuggestion", "请补充到门牌号，例如 8号1栋101室");
        portal.click("review:addRemark");
        awaitPendingRemarks(1);
        portal.choose("review:remarkField", "网站1（待审核官网） · 网站名称");
        portal.type("review:remarkReason", "网站名称不能使用“官网”以外的泛称，请写明单位简称。");
        portal.click("review:addRemark");
        awaitPendingRemarks(2);
        Browser.screenshot(browser, "review-order-remarks-zh");
        portal.click("review:reject");
        assertEquals("初审驳回", browser.findElement(By.id("order-state")).getText());

        try (Second owner = new Second(applicant)) {
            owner.browser.get(base + "portal/order.xhtml?order=" + orderNumber);
            Portal page = new Portal(owner.browser);
            page.idle();
            var remarks = owner.browser.findElements(By.cssSelector(".beian-remark"));
            assertEquals(2, remarks.size(), "exactly the two remarks");
            assertEquals(java.util.List.of("subject.mailingAddress", "websites[0].name"),
                    remarks.stream().map(r -> r.getAttribute("data-field")).toList());
            assertTrue(remarks.get(0).getText().contains("地址未精确到门牌号。") && remarks.get(0).getText().contains("8号1栋101室"));
            assertTrue(remarks.get(0).getText().contains("主体信息 · 通信地址"), "the remark names its field: " + remarks.get(0).getText());
            Browser.screenshot(owner.browser, "portal-order-rejected-zh");
            owner.browser.findElement(By.id("actions:fix")).click();
            page.await().until(ExpectedConditions.urlContains("portal/filing/wizard.xhtml"));
            page.idle();
            Browser.screenshot(owner.browser, "portal-wizard-remarks-zh");
            assertTrue(page.findingsOn("subject.mailingAddress").contains("审核意见：地址未精确到门牌号。"), "the remark is on its field: "
                    + owner.browser.getCurrentUrl() + " " + owner.browser.findElement(By.tagName("main")).getText());
            assertEquals(2, owner.browser.findElements(By.cssSelector(".beian-remarks .beian-finding")).size());
            Browser.screenshot(owner.browser, "portal-wizard-remarks-zh");
        }
    }

    @Test
    void aReviewerApprovesThePhotoBesideTheIdentityCardAndHandsTheOrderToTheBureau() {
        String server = "ins-" + TestData.unique().toLowerCase().replaceAll("[^a-z0-9]", "");
        String orderNumber = DemoApi.testAccount("server=" + server + "&submitted=true&photo=true")[1];
        String reviewerName = DemoApi.testAccount("role=reviewer")[0];

        Browser.signIn(browser, reviewerName, DemoApi.TEST_PASSWORD, ".xhtml");
        browser.get(base + "review/index.xhtml");
        portal.idle();
        portal.click(queueTab("AWAITING_PHOTO_REVIEW"));
        portal.choose("console:searchKind", "订单号");
        portal.type("console:search", orderNumber);
        portal.click("console:apply");
        browser.findElement(By.linkText(orderNumber)).click();
        portal.await().until(ExpectedConditions.urlContains("review/order.xhtml"));
        portal.idle();
        assertEquals("复审中", browser.findElement(By.id("order-state")).getText());
        portal.click("review:claimIt");
        assertTrue((Boolean) browser.executeScript("var p = document.getElementById('photo-image'), i = document.getElementById('review:identity-image');"
                + " return p.complete && p.naturalWidth > 0 && i.complete && i.naturalWidth > 0;"), "the photo and the identity card are shown");
        // The viewer: open the photo large, rotate it, close it.
        browser.findElement(By.id("photo-image")).click();
        assertEquals(1, browser.findElements(By.cssSelector(".beian-viewer")).size());
        browser.findElement(By.xpath("//button[.='旋转']")).click();
        assertTrue(browser.findElement(By.cssSelector(".beian-viewer-image")).getAttribute("style").contains("rotate(90deg)"));
        Browser.screenshot(browser, "review-photo-viewer-zh");
        browser.findElement(By.xpath("//button[.='关闭']")).click();
        // A rejection needs its reason, told on the field.
        portal.click("review:rejectPhoto");
        assertEquals("请填写原因。", browser.findElement(By.id("review:photoReasonMsg")).getText().trim());
        Browser.screenshot(browser, "review-photo-zh");
        portal.click("review:approvePhoto");
        assertEquals("待提交管局", browser.findElement(By.id("order-state")).getText());
        portal.click("review:submitToBureau");
        assertEquals("管局审核中", browser.findElement(By.id("order-state")).getText());
        Browser.screenshot(browser, "review-at-bureau-zh");
    }

    @Test
    void aReviewerCorrectsOneFieldAndTheHistoryRecordsBeforeAndAfter() {
        String server = "ins-" + TestData.unique().toLowerCase().replaceAll("[^a-z0-9]", "");
        String orderNumber = DemoApi.testAccount("server=" + server + "&submitted=true")[1];
        String reviewer = DemoApi.testAccount("role=reviewer")[0];
        Browser.signIn(browser, reviewer, DemoApi.TEST_PASSWORD, ".xhtml");
        browser.get(base + "review/order.xhtml?order=" + orderNumber);
        portal.idle();
        assertTrue(browser.findElements(By.id("review:correct")).isEmpty(), "no correction before the claim");
        portal.click("review:claimIt");
        portal.click("review:correct");
        assertEquals("请选择要修改的字段。", browser.findElement(By.id("review:correctionFieldMsg")).getText().trim());
        assertEquals("请填写修改原因。", browser.findElement(By.id("review:correctionReasonMsg")).getText().trim());
        portal.choose("review:correctionField", "主体信息 · 通信地址");
        assertEquals("广东省深圳市南山区科苑路8号1栋101室", browser.findElement(By.id("review:correctionValue")).getAttribute("value"),
                "the current value to start from");
        portal.type("review:correctionValue", "广东省深圳市南山区科苑路8号1栋102室");
        portal.type("review:correctionReason", "门牌号与营业执照不一致，已按执照更正");
        portal.click("review:correct");
        assertTrue(browser.findElement(By.id("messages")).getText().contains("已修改：主体信息 · 通信地址"),
                browser.findElement(By.id("messages")).getText());
        String history = browser.findElement(By.id("review:history")).getText();
        assertTrue(history.contains("门牌号与营业执照不一致") && history.contains("101室") && history.contains("102室"),
                "the history records the reason, before and after: " + history);
        assertTrue(browser.findElement(By.id("review:fieldRows")).getText().contains("广东省深圳市南山区科苑路8号1栋102室"));
        Browser.screenshot(browser, "review-order-corrected-zh");
    }

    @Test
    void aReviewerTicksTwoOrdersInTheReadyQueueAndHandsThemToTheBureauTogether() {
        String[] orders = new String[2];
        for (int i = 0; i < orders.length; i++) {
            String server = "ins-" + TestData.unique().toLowerCase().replaceAll("[^a-z0-9]", "");
            orders[i] = DemoApi.testAccount("server=" + server + "&submitted=true&photo=approved&place=lhasa")[1];
        }
        String reviewer = DemoApi.testAccount("role=reviewer")[0];
        Browser.signIn(browser, reviewer, DemoApi.TEST_PASSWORD, ".xhtml");
        browser.get(base + "review/index.xhtml");
        portal.idle();
        portal.click(queueTab("READY_FOR_BUREAU"));
        // Only this test files in Tibet: the queue filtered to it holds exactly its orders.
        portal.choose("console:province", "西藏自治区");
        portal.click("console:apply");
        portal.click("console:handOver");
        portal.await().until(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
        browser.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        portal.idle();
        assertEquals("请先勾选要提交的订单。", browser.findElement(By.id("console:handOverMsg")).getText(), "told on the button");
        for (String number : orders) {
            browser.findElement(By.xpath("//tr[.//a[text()='" + number + "']]//div[contains(@class,'ui-chkbox-box')]")).click();
        }
        Browser.screenshot(browser, "review-hand-over-zh");
        portal.click("console:handOver");
        portal.await().until(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes")).isDisplayed());
        browser.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        portal.idle();
        assertTrue(browser.findElement(By.id("messages")).getText().contains("已提交 2 个订单到管局"),
                browser.findElement(By.id("messages")).getText());
        String ready = browser.findElement(By.id("console:orders")).getText();
        for (String number : orders) {
            assertTrue(!ready.contains(number), number + " left the ready queue");
        }
        portal.click(queueTab("AT_BUREAU"));
        portal.choose("console:province", "西藏自治区");
        portal.click("console:apply");
        String atBureau = browser.findElement(By.id("console:orders")).getText();
        for (String number : orders) {
            assertTrue(atBureau.contains(number), number + " is at the bureau: " + atBureau);
        }
        assertTrue(atBureau.contains("工信部短信核验中"), "the console follows the ministry's SMS check: " + atBureau);
        Browser.screenshot(browser, "review-at-bureau-queue-zh");
    }

    private void awaitPendingRemarks(int count) {
        portal.await().withMessage(() -> "remarks pending: " + browser.findElement(By.id("review:remarks")).getText())
                .until(d -> d.findElements(By.cssSelector("[id='review:pendingRemarks'] tbody tr")).size() == count);
    }

    private static String queueTab(String queue) {
        return "console:queues:" + java.util.List.of(org.beian.domain.model.filing.ReviewQueue.values()).stream()
                .map(Enum::name).toList().indexOf(queue) + ":queue";
    }

    /** A second browser (another reviewer, or the applicant), signed in. */
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
