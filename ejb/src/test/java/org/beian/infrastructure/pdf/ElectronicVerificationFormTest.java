package org.beian.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.beian.domain.model.filing.OrderType;
import org.junit.jupiter.api.Test;

/** The stand-in platform's signed electronic verification form: the order's data, what was checked, the photo, the signature. */
class ElectronicVerificationFormTest {

    @Test
    void theFormCarriesTheFilingTheChecksThePhotoAndTheSignature() throws IOException {
        byte[] pdf = ElectronicVerificationForm.render(SampleFilings.guangdongIndividual(), "2509010001234", OrderType.FIRST_FILING,
                SampleFilings.INDIVIDUAL, photo(), Instant.parse("2025-09-01T06:31:05Z"), "EV0123456789ABCDEF01");
        Path sample = Path.of("target", "verification-form-samples");
        Files.createDirectories(sample);
        Files.write(sample.resolve("electronic-verification-form.pdf"), pdf);

        String text = PdfText.all(pdf);
        for (String expected : new String[] {"ICP备案信息电子化真实性核验单", "订单号：2509010001234", "陈晓明", "440305199507120035",
                "人脸比对通过", "活体检测通过", "证件识别通过", "2025-09-0114:31:05", "EV0123456789ABCDEF01", "电子签名", "签名摘要"}) {
            assertTrue(text.contains(expected), "the form shows " + expected + ": " + text);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            long images = 0;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    images += page.getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
                }
            }
            assertEquals(1, images, "the verification photo is on the form");
        }
        assertTrue(PdfText.fonts(pdf).stream().allMatch(PdfText.FontUse::embedded), "fonts embedded");
    }

    private static byte[] photo() throws IOException {
        BufferedImage image = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 800);
        g.setColor(new Color(0xE0B89A));
        g.fillOval(170, 180, 260, 330);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        }
    }
}
