package org.beian.infrastructure.pdf;

import static org.beian.infrastructure.pdf.FormCells.label;
import static org.beian.infrastructure.pdf.FormCells.value;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.beian.domain.model.BeijingTime;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.PersonData;
import org.beian.domain.model.filing.WebsiteData;

/**
 * STAND-IN. The electronic verification form (ICP备案信息电子化真实性核验单) as the ministry's electronic
 * verification platform sends it once the principal passed on the phone: the order's subject and website
 * data (the sections of {@link VerificationForm}), what was checked, the verification photo, and the
 * principal's commitment with the electronic signature (name, time, and a SHA-256 digest over the order,
 * the serial, the certificate, the time and the photo). The real platform makes its own; the stand-in of
 * {@code infrastructure.everify.standin} prints this one with the desk's fonts. Always Chinese, as the
 * bureau reads it.
 */
public final class ElectronicVerificationForm {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BeijingTime.ZONE);

    private ElectronicVerificationForm() {}

    /**
     * @param principal the person who verified (the order's website principal)
     * @param photo     the verification photo, a JPEG
     * @param serial    the platform's serial number of the verification
     */
    public static byte[] render(FilingSnapshot snapshot, String orderNumber, OrderType type, PersonData principal, byte[] photo,
                                Instant verifiedAt, String serial) {
        Objects.requireNonNull(snapshot.subject(), "snapshot without subject");
        FormText text = new FormText(Locale.SIMPLIFIED_CHINESE);
        FilingDataSection data = new FilingDataSection(text, ReferenceNames.get());
        String at = SECONDS.format(verifiedAt);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 40, 46);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageFooter(text, orderNumber));
            document.addTitle(text.get("everify.title"));
            document.addSubject(orderNumber);
            document.addCreator("Beian stand-in of the electronic verification platform");
            document.open();
            document.add(header(text, orderNumber, type, snapshot));
            PdfPTable grid = FormCells.grid();
            data.addSubject(grid, snapshot.subject());
            for (WebsiteData website : snapshot.websites()) {
                data.addWebsite(grid, website, snapshot.subject().principal());
            }
            addVerification(grid, text, principal, photo, at, serial);
            addSignature(grid, text, principal, at, digest(orderNumber, serial, principal, at, photo));
            document.add(grid);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Cannot render the electronic verification form of order " + orderNumber, e);
        }
        return out.toByteArray();
    }

    private static Element header(FormText text, String orderNumber, OrderType type, FilingSnapshot snapshot) {
        PdfPTable header = new PdfPTable(new float[] {50, 50});
        header.setWidthPercentage(100);
        PdfPCell title = FormCells.unruled(new Paragraph(text.get("everify.title"), FormCells.TITLE), Element.ALIGN_CENTER);
        title.setColspan(2);
        header.addCell(title);
        PdfPCell subtitle = FormCells.unruled(new Phrase(text.get("everify.subtitle"), FormCells.SUBTITLE), Element.ALIGN_CENTER);
        subtitle.setColspan(2);
        subtitle.setPaddingBottom(6);
        header.addCell(subtitle);
        String province = ReferenceNames.get().region(snapshot.subject().provinceCode(), null, null);
        header.addCell(FormCells.unruled(new Phrase(text.format("header.order", orderNumber), FormCells.LABEL), Element.ALIGN_LEFT));
        header.addCell(FormCells.unruled(new Phrase(text.format("header.type", text.get("type." + type.name())) + "　"
                + text.format("header.province", province), FormCells.LABEL), Element.ALIGN_RIGHT));
        return header;
    }

    private static void addVerification(PdfPTable grid, FormText text, PersonData principal, byte[] photo, String at, String serial)
            throws DocumentException, IOException {
        grid.addCell(FormCells.section(text.get("everify.section.verification")));
        grid.addCell(label(text.get("everify.method")));
        grid.addCell(value(text.get("everify.method.value"), FormCells.COLUMNS - 1));
        grid.addCell(label(text.get("everify.person")));
        grid.addCell(value(principal.name(), 1));
        grid.addCell(label(text.get("everify.certificate")));
        grid.addCell(value(ReferenceNames.get().certificateType(principal.certificateType(), text.locale()) + "\n"
                + principal.certificateNumber(), 1));
        grid.addCell(label(text.get("everify.ocr")));
        grid.addCell(value(text.get("everify.passed"), 1));
        grid.addCell(label(text.get("everify.face")));
        grid.addCell(value(text.get("everify.passed"), 1));
        grid.addCell(label(text.get("everify.liveness")));
        grid.addCell(value(text.get("everify.passed"), 1));
        grid.addCell(label(text.get("everify.at")));
        grid.addCell(value(at, 1));
        grid.addCell(label(text.get("everify.serial")));
        grid.addCell(value(serial, FormCells.COLUMNS - 1));
        grid.addCell(label(text.get("everify.photo")));
        Image image = Image.getInstance(photo);
        image.scaleToFit(150, 150);
        PdfPCell picture = new PdfPCell(image, false);
        picture.setColspan(FormCells.COLUMNS - 1);
        picture.setPadding(4);
        picture.setBorderWidth(0.6f);
        grid.addCell(picture);
    }

    private static void addSignature(PdfPTable grid, FormText text, PersonData principal, String at, String digest) {
        grid.addCell(FormCells.section(text.get("everify.section.signature")));
        grid.addCell(FormCells.text(new Phrase(text.get("everify.commitment"), FormCells.TEXT)));
        grid.addCell(label(text.get("everify.signedBy")));
        grid.addCell(value(principal.name(), 1));
        grid.addCell(label(text.get("everify.signedAt")));
        grid.addCell(value(at, 1));
        grid.addCell(label(text.get("everify.digest")));
        grid.addCell(value(digest, FormCells.COLUMNS - 1));
    }

    private static String digest(String orderNumber, String serial, PersonData principal, String at, byte[] photo) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.join("|", orderNumber, serial, principal.certificateNumber(), at).getBytes(StandardCharsets.UTF_8));
            sha.update(photo);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
