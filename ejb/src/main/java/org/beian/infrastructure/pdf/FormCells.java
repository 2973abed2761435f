package org.beian.infrastructure.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;

/**
 * The cells the form is built of: a ruled grid of label and value cells under shaded section headings,
 * like the printed bureau forms. Every cell sets its font explicitly, because OpenPDF's default font
 * (Helvetica) is not embedded and has no Chinese glyphs.
 */
final class FormCells {

    static final int COLUMNS = 4;
    static final float[] WIDTHS = {19, 31, 19, 31};

    static final Font TITLE = FormFonts.bold(18);
    static final Font SUBTITLE = FormFonts.regular(10);
    static final Font SECTION = FormFonts.bold(11);
    static final Font SUBSECTION = FormFonts.bold(9.5f);
    static final Font LABEL = FormFonts.regular(9);
    static final Font VALUE = FormFonts.regular(9.5f);
    static final Font SMALL = FormFonts.regular(8);
    static final Font TEXT = FormFonts.regular(9.5f);

    private static final Color RULE = new Color(0x55, 0x55, 0x55);
    private static final Color SECTION_SHADE = new Color(0xD9, 0xD9, 0xD9);
    private static final Color SUBSECTION_SHADE = new Color(0xEC, 0xEC, 0xEC);
    private static final Color LABEL_SHADE = new Color(0xF6, 0xF6, 0xF6);
    private static final float PADDING = 3.2f;

    private FormCells() {}

    static PdfPTable grid() {
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        return table;
    }

    static PdfPCell section(String text) {
        return shaded(text, SECTION, SECTION_SHADE);
    }

    static PdfPCell subsection(String text) {
        return shaded(text, SUBSECTION, SUBSECTION_SHADE);
    }

    static PdfPCell label(String text) {
        PdfPCell cell = ruled(new Phrase(text, LABEL));
        cell.setBackgroundColor(LABEL_SHADE);
        return cell;
    }

    static PdfPCell value(String text, int colspan) {
        PdfPCell cell = ruled(new Phrase(text == null ? "" : text, VALUE));
        cell.setColspan(colspan);
        return cell;
    }

    /** A full-width cell of running text, such as an instruction or the commitment paragraph. */
    static PdfPCell text(Phrase phrase) {
        PdfPCell cell = ruled(phrase);
        cell.setColspan(COLUMNS);
        cell.setLeading(0, 1.35f);
        return cell;
    }

    /** An empty ruled row, high enough to write in by hand. */
    static PdfPCell writingLine(float height) {
        PdfPCell cell = ruled(new Phrase("", VALUE));
        cell.setColspan(COLUMNS);
        cell.setMinimumHeight(height);
        cell.setBorder(Rectangle.LEFT | Rectangle.RIGHT | Rectangle.BOTTOM);
        return cell;
    }

    static PdfPCell unruled(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(2);
        return cell;
    }

    /** A blank to sign or stamp on: only its bottom edge is drawn. */
    static PdfPCell blank(float height) {
        PdfPCell cell = new PdfPCell(new Phrase("", VALUE));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setMinimumHeight(height);
        return cell;
    }

    /** A square box with a caption inside, for the fingerprint. */
    static PdfPCell box(String caption, float height) {
        PdfPCell cell = new PdfPCell(new Phrase(caption, SMALL));
        cell.setBorder(Rectangle.BOX);
        cell.setBorderColor(RULE);
        cell.setMinimumHeight(height);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        return cell;
    }

    private static PdfPCell shaded(String text, Font font, Color shade) {
        PdfPCell cell = ruled(new Phrase(text, font));
        cell.setColspan(COLUMNS);
        cell.setBackgroundColor(shade);
        return cell;
    }

    private static PdfPCell ruled(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.6f);
        cell.setPadding(PADDING);
        cell.setPaddingTop(PADDING - 1);
        cell.setUseAscender(true);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }
}
