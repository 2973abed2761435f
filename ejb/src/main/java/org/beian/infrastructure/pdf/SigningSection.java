package org.beian.infrastructure.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;

/**
 * Sections three and four: the province's signing instructions, the paragraph to copy by hand with
 * ruled space for it (Guangdong individuals), and the blanks at the bottom — the website principal's
 * signature with a fingerprint box where the province asks for one, the organisation's seal, and the
 * date, which stays blank.
 */
final class SigningSection {

    private static final int COPY_LINES = 5;
    private static final float COPY_LINE_HEIGHT = 22;

    private final FormText text;

    SigningSection(FormText text) {
        this.text = text;
    }

    void addInstructions(PdfPTable grid, SigningInstructions instructions) {
        grid.addCell(FormCells.section(text.get("section.instructions")));
        Phrase numbered = new Phrase();
        List<String> lines = instructions.lines();
        for (int i = 0; i < lines.size(); i++) {
            numbered.add(new Chunk((i + 1) + ". " + lines.get(i) + (i + 1 < lines.size() ? "\n" : ""), FormCells.TEXT));
        }
        grid.addCell(FormCells.text(numbered));
        instructions.commitment().ifPresent(paragraph -> {
            Phrase quoted = new Phrase(paragraph, FormCells.TEXT);
            instructions.commitmentGloss().ifPresent(gloss -> quoted.add(new Chunk("\n" + gloss, FormCells.SMALL)));
            grid.addCell(FormCells.text(quoted));
            grid.addCell(FormCells.text(new Phrase(text.get("commitment.copyHere"), FormCells.LABEL)));
            for (int i = 0; i < COPY_LINES; i++) {
                grid.addCell(FormCells.writingLine(COPY_LINE_HEIGHT));
            }
        });
    }

    PdfPTable signatures(boolean individual, boolean fingerprint) {
        PdfPTable table = new PdfPTable(new float[] {27, 43, 6, 16, 8});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setKeepTogether(true);
        table.addCell(caption("signature.principal"));
        table.addCell(FormCells.blank(38));
        table.addCell(empty());
        table.addCell(fingerprint ? FormCells.box(text.get("signature.fingerprint"), 56) : empty());
        table.addCell(empty());
        if (!individual) {
            table.addCell(caption("signature.stamp"));
            table.addCell(FormCells.blank(52));
            table.addCell(empty());
            table.addCell(empty());
            table.addCell(empty());
        }
        table.addCell(caption("signature.date"));
        table.addCell(FormCells.blank(26));
        table.addCell(empty());
        table.addCell(empty());
        table.addCell(empty());
        return table;
    }

    private PdfPCell caption(String key) {
        PdfPCell cell = FormCells.unruled(new Phrase(text.get(key), FormCells.SUBSECTION), Element.ALIGN_RIGHT);
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        return cell;
    }

    private static PdfPCell empty() {
        return FormCells.unruled(new Phrase("", FormCells.VALUE), Element.ALIGN_LEFT);
    }
}
