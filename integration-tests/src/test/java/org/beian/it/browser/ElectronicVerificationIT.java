package org.beian.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.beian.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Electronic verification (电子化核验) in two browsers, as it happens: the applicant's order page (待拍照)
 * shows the QR code of the ministry's platform; the test reads the code as a phone's camera would and
 * opens its address in a second browser at phone size, takes the identity card's sides and the face
 * there, and the order page shows the outcome without a reload. Then: a face the stand-in refuses by its
 * rule (a principal whose name contains 人脸不符), told on both sides and tried again; and an expired code,
 * told on the phone with nothing changed, then refreshed into a working one. Screenshots of the order
 * page (zh, en, phone width) and of the phone page (zh, en).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ElectronicVerificationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String base = Deployments.baseUri().toString();
    private ChromeDriver desk;
    private Portal portal;
    private ChromeDriver phone;
    private Portal phonePortal;
    private Path work;

    @BeforeEach
    void openBrowsers() throws IOException {
        desk = Browser.open();
        portal = new Portal(desk);
        phone = Browser.open();
        phone.manage().window().setSize(new Dimension(390, 844));
        phonePortal = new Portal(phone);
        work = Files.createTempDirectory("beian-everify");
    }

    @AfterEach
    void closeBrowsers(TestInfo test) {
        Browser.keepLastPage(desk, test);
        desk.quit();
        phone.quit();
    }

    @Test
    void thePrincipalVerifiesOnThePhoneAndTheOrderGoesToTheReReview() throws Exception {
        Filed filed = orderAwaitingPhoto("");
        String applicant = filed.applicant();
        String order = filed.order();
        assertEquals("待拍照", text(desk, "order-state"));
        assertTrue(text(desk, "everify-intro").contains("陈晓明"), "the page names the principal who verifies");

        portal.click("everify:start");
        String url = qrCode();
        assertTrue(url.startsWith(base + "ministry/everify.xhtml?t="), url);
        assertTrue(url.substring(url.indexOf("?t=") + 3).matches("[A-Za-z0-9_-]{43}"), "a long random url-safe token: " + url);
        assertEquals(url, text(desk, "everify-url"), "the address is also written under the code");
        String expires = portal.await().until(d -> {
            String shown = text(desk, "everify-expires");
            return shown.contains("剩余") ? shown : null;
        });
        assertTrue(expires.matches("有效期至 \\d\\d:\\d\\d\\s*·\\s*剩余 (09:[0-5]\\d|10:00)"), "valid 10 minutes, counting down: " + expires);
        Browser.screenshot(desk, "portal-order-everify-zh");

        phone.get(url);
        phonePortal.idle();
        assertTrue(text(phone, "phone-intro").contains("陈*明"), "the platform greets the principal by a masked name");
        assertTrue(text(phone, "phone-intro").contains(order));
        assertEquals("environment", phone.findElement(By.id("everify:front")).getAttribute("capture"));
        assertEquals("user", phone.findElement(By.id("everify:face")).getAttribute("capture"));
        assertEquals("image/*", phone.findElement(By.id("everify:face")).getAttribute("accept"));
        assertTrue(phonePortal.fitsWidth(), "the phone page fits 390 px");
        Browser.screenshot(phone, "ministry-everify-phone-zh");
        // Nothing taken: each photo is asked for on its own field.
        submitOnThePhone();
        for (String field : new String[] {"front", "back", "face"}) {
            assertEquals("请拍摄此照片。", text(phone, "everify:" + field + "Msg"));
        }
        // A face that is no picture: told on that field; the two sides already taken stay.
        take("front", card(new Color(0xDCEBF7), "front.jpg"));
        take("back", card(new Color(0xF7EEDC), "back.jpg"));
        Path notAPicture = work.resolve("face.jpg");
        Files.writeString(notAPicture, "not a picture");
        take("face", notAPicture);
        submitOnThePhone();
        assertEquals("无法识别此照片，请拍摄 JPEG 或 PNG 格式的照片。", text(phone, "everify:faceMsg"));
        assertEquals("已拍摄，可重新拍摄", text(phone, "everify:frontTaken"));
        assertEquals("已拍摄，可重新拍摄", text(phone, "everify:backTaken"));
        assertTrue(phone.findElements(By.id("everify:frontMsg")).stream().allMatch(m -> m.getText().isBlank()));
        scrollTo(phone, "everify:face");
        Browser.screenshot(phone, "ministry-everify-refused-zh");
        take("face", face("face.png", "png"));
        submitOnThePhone();
        assertTrue(text(phone, "phone-passed").startsWith("核验通过"), text(phone, "phone-passed"));
        Browser.screenshot(phone, "ministry-everify-passed-zh");

        // The order page shows it by itself (it polls), no reload.
        WebElement passed = new WebDriverWait(desk, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.id("everify:passed")));
        assertTrue(passed.getText().startsWith("电子化核验已通过"), passed.getText());
        assertTrue(passed.getText().endsWith("复审中"), passed.getText());
        assertTrue(desk.findElements(By.id("everify-qr")).isEmpty(), "the code is gone");
        // Opened again, the whole page agrees, and the section says so during the re-review.
        desk.navigate().refresh();
        portal.idle();
        assertEquals("复审中", text(desk, "order-state"));
        assertTrue(desk.findElement(By.id("history")).getText().contains("电子化核验通过（部电子化核验支撑平台）"));
        assertTrue(text(desk, "everify:passed").startsWith("电子化核验已通过"));
        Browser.screenshot(desk, "portal-order-everify-passed-zh");

        // What the desk received: the verification photo as the order's photo, the signed form, a history line.
        JsonObject view = orderJson(applicant, order);
        assertEquals("PHOTO_SUBMITTED", view.getString("state"));
        Map<String, Long> documents = view.getJsonArray("documents").stream().map(JsonObject.class::cast)
                .collect(Collectors.toMap(d -> d.getString("purpose"), d -> d.getJsonNumber("documentId").longValue()));
        assertTrue(documents.containsKey("photo") && documents.containsKey("electronicVerification.form"), documents.toString());
        JsonObject last = view.getJsonArray("history").getJsonObject(view.getJsonArray("history").size() - 1);
        assertEquals("电子化核验通过（部电子化核验支撑平台）", last.getString("reason"));
        assertEquals("verification-platform", last.getString("actor"));
        HttpResponse<byte[]> photo = document(desk, "portal", documents.get("photo"));
        assertEquals("image/jpeg", photo.headers().firstValue("Content-Type").orElse(""));
        BufferedImage verificationPhoto = ImageIO.read(new ByteArrayInputStream(photo.body()));
        assertEquals(600, verificationPhoto.getWidth(), "the face photo, as taken (PNG made JPEG)");
        HttpResponse<byte[]> form = document(desk, "portal", documents.get("electronicVerification.form"));
        assertEquals("application/pdf", form.headers().firstValue("Content-Type").orElse(""));
        String formText = pdfText(form.body());
        for (String expected : new String[] {"ICP备案信息电子化真实性核验单", order, "陈晓明", "人脸比对通过", "活体检测通过", "电子签名"}) {
            assertTrue(formText.contains(expected), "the form shows " + expected);
        }

        // The re-review works on it as on any photo, and the order goes on.
        ChromeDriver console = Browser.open();
        try {
            Portal review = new Portal(console);
            Browser.signIn(console, DemoApi.testAccount("role=reviewer")[0], DemoApi.TEST_PASSWORD, ".xhtml");
            console.get(base + "review/order.xhtml?order=" + order);
            review.idle();
            assertEquals("复审中", text(console, "order-state"));
            review.click("review:claimIt");
            assertTrue((Boolean) console.executeScript("var p = document.getElementById('photo-image');"
                    + " return p.complete && p.naturalWidth === 600;"), "the reviewer sees the verification photo");
            String formLink = console.findElement(By.id("everify-form")).getAttribute("href");
            assertTrue(formLink.endsWith("review/document?id=" + documents.get("electronicVerification.form")), formLink);
            review.click("review:approvePhoto");
            assertEquals("待提交管局", text(console, "order-state"));
        } finally {
            console.quit();
        }
        assertEquals("AWAITING_BUREAU", orderJson(applicant, order).getString("state"));

        // Handed to the bureau: the ministry's SMS check, answered on its (stand-in) page as the order page says.
        assertEquals("AT_BUREAU", DemoApi.orderStep("step=toBureau&order=" + order));
        desk.get(base + "portal/order.xhtml?order=" + order);
        portal.idle();
        assertTrue(text(desk, "sms-check").contains("主体负责人"), text(desk, "sms-check"));
        portal.answerSmsCheck(applicant, order);

        // The bureau's simulator decides: the ICP numbers on the dashboard, and the footer snippet to paste.
        new WebDriverWait(desk, Duration.ofSeconds(120), Duration.ofSeconds(3)).until(d -> {
            d.get(base + "portal/order.xhtml?order=" + order);
            portal.idle();
            return "备案完成".equals(text(desk, "order-state"));
        });
        desk.get(base + "portal/index.xhtml");
        portal.idle();
        String websites = desk.findElement(By.id("dashboard:websites")).getText();
        assertTrue(websites.matches("(?s).*ICP备\\d+号-1.*"), websites);
        portal.click("dashboard:websites:0:view-website");
        assertTrue(text(desk, "footer-code").contains("https://beian.miit.gov.cn/"), text(desk, "footer-code"));
    }

    @Test
    void aFaceThePlatformRefusesIsToldOnBothSidesAndCanBeTriedAgain() throws Exception {
        Filed filed = orderAwaitingPhoto("&principal=" + URLEncoder.encode("王人脸不符", StandardCharsets.UTF_8));
        String applicant = filed.applicant();
        String order = filed.order();
        portal.click("everify:start");
        String first = qrCode();

        phone.get(first);
        phonePortal.idle();
        assertTrue(text(phone, "phone-intro").contains("王***符"), text(phone, "phone-intro"));
        takeAll("1");
        submitOnThePhone();
        assertEquals("核验未通过：人脸比对未通过，照片中的人与身份证不是同一人。请回到电脑上重新获取二维码后再试。", text(phone, "phone-failed"));

        WebElement failed = new WebDriverWait(desk, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.id("everify:failed")));
        assertTrue(failed.getText().contains("人脸比对未通过"), failed.getText());
        Browser.screenshot(desk, "portal-order-everify-failed-zh");
        assertEquals("重新核验", desk.findElement(By.id("everify:start")).getText());
        portal.click("everify:start");
        String second = qrCode();
        assertNotEquals(first, second, "a new code");
        phone.get(second);
        phonePortal.idle();
        assertTrue(phone.findElements(By.id("everify:submit")).size() == 1, "the new code opens the page again");
        phone.get(first);
        phonePortal.idle();
        assertTrue(text(phone, "phone-failed").contains("人脸比对未通过"), "the first code keeps its outcome");
        assertEquals("AWAITING_PHOTO", orderJson(applicant, order).getString("state"), "the order still waits for its photo");
    }

    @Test
    void anExpiredCodeIsToldOnThePhoneChangesNothingAndARefreshGivesAWorkingOne() throws Exception {
        Filed filed = orderAwaitingPhoto("");
        String applicant = filed.applicant();
        String order = filed.order();
        portal.click("everify:start");
        String first = qrCode();
        phone.get(first);
        phonePortal.idle();
        takeAll("1");

        assertEquals("1", expire(order), "the open code runs out");
        submitOnThePhone();
        assertEquals("二维码已过期，请在电脑上刷新二维码后重新扫描。", text(phone, "phone-expired"));
        Browser.screenshot(phone, "ministry-everify-expired-zh");
        assertEquals("AWAITING_PHOTO", orderJson(applicant, order).getString("state"), "nothing happened to the order");

        // The order page's poll finds the code expired and offers a new one.
        WebElement expired = new WebDriverWait(desk, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.id("everify:expired")));
        assertEquals("二维码已过期，请刷新二维码。", expired.getText());
        assertEquals("刷新二维码", desk.findElement(By.id("everify:start")).getText());
        portal.click("everify:start");
        String second = qrCode();
        assertNotEquals(first, second);

        // In English, and at phone width, the order page keeps the code.
        reload(portal, "header-form:lang-en");
        assertEquals(second, qrCode(), "the same code after the language switch");
        assertTrue(text(desk, "everify-expires").startsWith("Valid until "), text(desk, "everify-expires"));
        Browser.screenshot(desk, "portal-order-everify-en");
        desk.manage().window().setSize(new Dimension(390, 844));
        reload(portal, "header-form:lang-zh");
        assertTrue(portal.fitsWidth(), "the order page fits a phone");
        assertEquals(second, qrCode());
        scrollTo(desk, "everify-qr");
        Browser.screenshot(desk, "portal-order-everify-phone-zh");

        // A refresh of the new code on the computer replaces it: the one before is refused on the phone.
        portal.click("everify:refresh");
        String third = qrCode();
        assertNotEquals(second, third);
        phone.get(second);
        phonePortal.idle();
        assertEquals("二维码已过期，请在电脑上刷新二维码后重新扫描。", text(phone, "phone-expired"), "a replaced code is refused too");

        // The phone page in English, then the working code passes.
        phone.get(third);
        phonePortal.idle();
        reload(phonePortal, "header-form:lang-en");
        assertEquals("Your face", phone.findElement(By.cssSelector("label[for='everify:face']")).getText());
        Browser.screenshot(phone, "ministry-everify-phone-en");
        takeAll("2");
        submitOnThePhone();
        assertTrue(text(phone, "phone-passed").startsWith("Verification passed"), text(phone, "phone-passed"));
        new WebDriverWait(desk, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.id("everify:passed")));
        assertEquals("PHOTO_SUBMITTED", orderJson(applicant, order).getString("state"));
    }

    // ---- the two sides

    private record Filed(String applicant, String order) {}

    /** A fresh account's first filing past the initial review (待拍照), its order page open on the desk with 电子化核验 chosen. */
    private Filed orderAwaitingPhoto(String query) {
        String[] filed = DemoApi.testAccount("server=" + DemoApi.server() + "&submitted=true&photo=awaiting" + query);
        Browser.signIn(desk, filed[0], DemoApi.TEST_PASSWORD, ".xhtml");
        desk.get(base + "portal/order.xhtml?order=" + filed[1]);
        portal.idle();
        // The applicant chooses this way among the three (point, curtain, electronic).
        portal.click("page:method-electronic");
        return new Filed(filed[0], filed[1]);
    }

    /** Reads the QR code off the order page as a phone's camera would: the image itself, decoded. */
    private String qrCode() throws Exception {
        WebElement image = portal.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("everify-qr")));
        String src = image.getAttribute("src");
        assertTrue(src.startsWith("data:image/png;base64,"), "drawn on the server, no request of its own");
        BufferedImage qr = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1))));
        int[] pixels = qr.getRGB(0, 0, qr.getWidth(), qr.getHeight(), null, 0, qr.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(qr.getWidth(), qr.getHeight(), pixels))))
                .getText();
    }

    /** The card's two sides and a face, new pictures (the name tells them apart). */
    private void takeAll(String name) throws IOException {
        take("front", card(new Color(0xDCEBF7), "front" + name + ".jpg"));
        take("back", card(new Color(0xF7EEDC), "back" + name + ".jpg"));
        take("face", face("face" + name + ".jpg", "jpg"));
    }

    /** 提交核验: a full page submit (the photos), so it waits for the new page. */
    private void submitOnThePhone() {
        reload(phonePortal, "everify:submit");
    }

    /** Clicks what submits the whole page and waits until the next page has replaced it. */
    private static void reload(Portal portal, String id) {
        portal.await().until(ExpectedConditions.elementToBeClickable(By.id(id)));
        // Marked document, clicked by script: no element handle that a re-rendered button could invalidate
        // between finding and clicking it (chromedriver then fails with "node does not belong to the document").
        JavascriptExecutor page = (JavascriptExecutor) portal.driver();
        page.executeScript("window.beianBeforeSubmit = true; document.getElementById(arguments[0]).click();", id);
        portal.await().until(d -> Boolean.FALSE.equals(((JavascriptExecutor) d).executeScript("return window.beianBeforeSubmit === true;")));
        portal.idle();
    }

    /** What the camera hands the page: the file, given to the field's input. */
    private void take(String field, Path file) {
        phone.findElement(By.id("everify:" + field)).sendKeys(file.toAbsolutePath().toString());
    }

    private static void scrollTo(ChromeDriver browser, String id) {
        browser.executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'center'});", id);
    }

    private static String text(ChromeDriver browser, String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }


    // ---- what the server holds

    private static JsonObject orderJson(String user, String order) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(Deployments.baseUri().resolve("api/orders/" + order))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + DemoApi.TEST_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** A document as the signed-in browser gets it (its session). */
    private HttpResponse<byte[]> document(ChromeDriver browser, String area, long id) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + area + "/document?id=" + id))
                .header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue()).GET().build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        return response;
    }

    /** Lets the order's open code run out now (the test WAR's ElectronicVerificationExpiryServlet). */
    private static String expire(String order) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(Deployments.baseUri().resolve("beian-tests/everify-expiry?order=" + order))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().trim();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    // ---- photos as a camera takes them (real JPEG and PNG bytes)

    /** An identity card on a table, landscape. */
    private Path card(Color tint, String name) throws IOException {
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x8D6E63));
        g.fillRect(0, 0, 1200, 800);
        g.setColor(tint);
        g.fillRoundRect(150, 130, 900, 560, 40, 40);
        g.setColor(new Color(0x546E7A));
        for (int line = 0; line < 5; line++) {
            g.fillRect(220, 210 + line * 70, 420 - line * 30, 22);
        }
        g.drawRect(760, 200, 220, 280);
        g.dispose();
        Path file = work.resolve(name);
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    /** A face before a white wall, portrait 600 × 800. */
    private Path face(String name, String format) throws IOException {
        BufferedImage image = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 800);
        g.setColor(new Color(0x2B2B2B));
        g.fillOval(160, 130, 280, 250);
        g.setColor(new Color(0x37474F));
        g.fillRoundRect(110, 560, 380, 300, 160, 160);
        g.setColor(new Color(0xEAC0A0));
        g.fillRect(255, 470, 90, 110);
        g.fillOval(175, 190, 250, 320);
        g.setColor(new Color(0x3E2723));
        g.fillOval(235, 310, 30, 18);
        g.fillOval(335, 310, 30, 18);
        g.setStroke(new BasicStroke(6));
        g.drawArc(255, 400, 90, 40, 200, 140);
        g.dispose();
        Path file = work.resolve(name);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            Files.write(file, out.toByteArray());
        }
        return file;
    }
}
