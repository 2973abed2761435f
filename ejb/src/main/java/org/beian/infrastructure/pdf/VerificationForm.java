package org.beian.infrastructure.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.beian.domain.model.check.catalogue.SubjectNatures;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.SubjectData;
import org.beian.domain.model.filing.WebsiteData;

/**
 * The website filing authenticity verification form (网站备案信息真实性核验单), pre-filled from an order
 * for the applicant to print, sign (and stamp) and upload: one form per website, as the bureau asks for
 * one per website and principal (source manual: 上传 … 的网站真实性核验单 (网站负责人, 网站首页 URL)). Each
 * form carries every subject, website and principal field of the order's snapshot and the signing
 * instructions of the subject's province. Document images are never printed.
 */
public final class VerificationForm {

    private VerificationForm() {}

    /**
     * @param snapshot    what the order proposes
     * @param orderNumber printed on every page, so a scan can be matched to its order
     * @param type        the order's filing type
     * @param locale      Chinese (any locale but English) or English labels and instructions; the data
     *                    and the paragraph to copy by hand stay as they are
     * @return the PDF, with the fonts it uses embedded as subsets
     */
    public static byte[] render(FilingSnapshot snapshot, String orderNumber, OrderType type, Locale locale) {
        Objects.requireNonNull(snapshot.subject(), "snapshot without subject");
        FormText text = new FormText(locale);
        SubjectData subject = snapshot.subject();
        boolean individual = SubjectNatures.isIndividual(subject.nature());
        SigningInstructions instructions = new SigningInstructions(subject.provinceCode(), individual, text.locale());
        FilingDataSection data = new FilingDataSection(text, ReferenceNames.get());
        SigningSection signing = new SigningSection(text);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 40, 46);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageFooter(text, orderNumber));
            document.addTitle(text.get("title"));
            document.addSubject(orderNumber);
            document.addCreator("Beian");
            document.open();
            List<WebsiteData> websites = snapshot.websites();
            int forms = Math.max(1, websites.size());
            for (int i = 0; i < forms; i++) {
                if (i > 0) {
                    document.newPage();
                }
                document.add(header(text, orderNumber, type, subject, i + 1, websites.size()));
                PdfPTable grid = FormCells.grid();
                data.addSubject(grid, subject);
                if (websites.isEmpty()) {
                    data.addNoWebsite(grid);
                } else {
                    data.addWebsite(grid, websites.get(i), subject.principal());
                }
                signing.addInstructions(grid, instructions);
                document.add(grid);
                document.add(signing.signatures(individual, instructions.fingerprint()));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render the verification form of order " + orderNumber, e);
        }
        return out.toByteArray();
    }

    private static Element header(FormText text, String orderNumber, OrderType type, SubjectData subject,
                                  int website, int websites) throws DocumentException {
        PdfPTable header = new PdfPTable(new float[] {27, 50, 23});
        header.setWidthPercentage(100);
        Paragraph title = new Paragraph(text.get("title"), FormCells.TITLE);
        title.setAlignment(Element.ALIGN_CENTER);
        PdfPCell titleCell = FormCells.unruled(title, Element.ALIGN_CENTER);
        titleCell.setColspan(3);
        titleCell.setPaddingBottom(4);
        header.addCell(titleCell);
        if (!text.get("subtitle").isBlank()) {
            PdfPCell subtitle =
                    FormCells.unruled(new Phrase(text.get("subtitle"), FormCells.SUBTITLE), Element.ALIGN_CENTER);
            subtitle.setColspan(3);
            subtitle.setPaddingBottom(6);
            header.addCell(subtitle);
        }
        String province = ReferenceNames.get().region(subject.provinceCode(), null, null);
        header.addCell(FormCells.unruled(new Phrase(text.format("header.order", orderNumber), FormCells.LABEL),
                Element.ALIGN_LEFT));
        header.addCell(FormCells.unruled(new Phrase(text.format("header.type", text.get("type." + type.name()))
                + "　" + text.format("header.province", province), FormCells.LABEL), Element.ALIGN_CENTER));
        header.addCell(FormCells.unruled(new Phrase(websites == 0 ? "" : text.format("header.website", website, websites),
                FormCells.LABEL), Element.ALIGN_RIGHT));
        return header;
    }
}
