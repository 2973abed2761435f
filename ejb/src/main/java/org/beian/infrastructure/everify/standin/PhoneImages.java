package org.beian.infrastructure.everify.standin;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.beian.infrastructure.everify.standin.PhoneVerification.Capture;

/**
 * The photos a phone sends: JPEG or PNG (a camera's or a screenshot's), at most 10 MB, at least
 * 400 × 300 px either way round. Kept as a JPEG scaled to at most {@value #MAX_SIDE} px, so the
 * verification photo the desk receives stays far below the bureau's 2 MB.
 */
final class PhoneImages {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MIN_LONG_SIDE = 400;
    static final int MIN_SHORT_SIDE = 300;
    static final int MAX_SIDE = 1600;
    private static final int THUMBNAIL_SIDE = 240;

    private PhoneImages() {}

    static Capture check(byte[] content) {
        if (content.length == 0) {
            return problem("everify.phone.image.empty");
        }
        if (content.length > MAX_BYTES) {
            return problem("everify.phone.image.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        BufferedImage image = isJpegOrPng(content) ? decode(content) : null;
        if (image == null) {
            return problem("everify.phone.image.notImage");
        }
        int longSide = Math.max(image.getWidth(), image.getHeight());
        int shortSide = Math.min(image.getWidth(), image.getHeight());
        if (longSide < MIN_LONG_SIDE || shortSide < MIN_SHORT_SIDE) {
            return problem("everify.phone.image.tooSmall", image.getWidth(), image.getHeight(), MIN_LONG_SIDE, MIN_SHORT_SIDE);
        }
        return new Capture(jpeg(scaled(image, MAX_SIDE), 0.85f), jpeg(scaled(image, THUMBNAIL_SIDE), 0.8f), null, new Object[0]);
    }

    private static Capture problem(String key, Object... arguments) {
        return new Capture(null, null, key, arguments);
    }

    /** JPEG starts with FF D8 FF, PNG with 89 'P' 'N' 'G'. */
    private static boolean isJpegOrPng(byte[] c) {
        boolean jpeg = c.length > 3 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xD8 && (c[2] & 0xFF) == 0xFF;
        boolean png = c.length > 4 && (c[0] & 0xFF) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G';
        return jpeg || png;
    }

    private static BufferedImage decode(byte[] content) {
        try {
            return ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            return null; // a truncated or corrupt file
        }
    }

    /** At most {@code side} px on the long side, on white (a PNG's transparency has no place in a JPEG). */
    private static BufferedImage scaled(BufferedImage image, int side) {
        double factor = Math.min(1.0, (double) side / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }
}
