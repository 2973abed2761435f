package org.beian.infrastructure.everify.standin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.beian.infrastructure.everify.standin.PhoneVerification.Capture;
import org.junit.jupiter.api.Test;

/** What the stand-in's phone page takes: JPEG or PNG that decodes, within 10 MB, large enough; kept as a smaller JPEG. */
class PhoneImagesTest {

    @Test
    void aLargeCameraJpegIsKeptAsAJpegOfAtMost1600Pixels() throws IOException {
        Capture capture = PhoneImages.check(image(3000, 4000, "jpg"));

        assertTrue(capture.accepted());
        BufferedImage kept = ImageIO.read(new ByteArrayInputStream(capture.image()));
        assertEquals(1200, kept.getWidth());
        assertEquals(1600, kept.getHeight());
        assertEquals(0xFF, capture.image()[0] & 0xFF, "a JPEG");
        assertTrue(ImageIO.read(new ByteArrayInputStream(capture.thumbnail())).getHeight() <= 240);
    }

    @Test
    void aPngWithTransparencyBecomesAJpegOnWhite() throws IOException {
        Capture capture = PhoneImages.check(image(800, 600, "png"));

        assertTrue(capture.accepted());
        BufferedImage kept = ImageIO.read(new ByteArrayInputStream(capture.image()));
        assertEquals(800, kept.getWidth());
        assertTrue((kept.getRGB(10, 10) & 0xFFFFFF) > 0xF0F0F0, "the transparent background is white");
    }

    @Test
    void whatIsNotAnImageTooSmallOrEmptyIsRefusedWithItsReason() throws IOException {
        assertProblem("everify.phone.image.notImage", PhoneImages.check("%PDF-1.4".getBytes()));
        byte[] truncated = Arrays.copyOf(image(800, 600, "jpg"), 40);
        assertProblem("everify.phone.image.notImage", PhoneImages.check(truncated));
        Capture small = PhoneImages.check(image(320, 240, "jpg"));
        assertProblem("everify.phone.image.tooSmall", small);
        assertArrayEquals(new Object[] {320, 240, 400, 300}, small.arguments());
        assertProblem("everify.phone.image.empty", PhoneImages.check(new byte[0]));
        assertProblem("everify.phone.image.tooLarge", PhoneImages.check(new byte[(int) PhoneImages.MAX_BYTES + 1]));
        assertTrue(PhoneImages.check(image(300, 400, "jpg")).accepted(), "portrait counts too");
    }

    @Test
    void thePlatformGreetsThePersonByAMaskedName() {
        assertEquals("陈*明", StandInPhoneVerification.mask("陈晓明"));
        assertEquals("张*", StandInPhoneVerification.mask("张三"));
        assertEquals("阿***提", StandInPhoneVerification.mask("阿依古丽提"));
    }

    private static void assertProblem(String key, Capture capture) {
        assertEquals(key, capture.problemKey());
        assertNull(capture.image());
    }

    private static byte[] image(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, "png".equals(format) ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.BLUE);
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        }
    }
}
