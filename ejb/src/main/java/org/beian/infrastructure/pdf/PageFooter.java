package org.beian.infrastructure.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/** The order number and page number at the foot of every page, so loose printed pages find their order. */
final class PageFooter extends PdfPageEventHelper {

    private final FormText text;
    private final String orderNumber;

    PageFooter(FormText text, String orderNumber) {
        this.text = text;
        this.orderNumber = orderNumber;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        Phrase footer = new Phrase(text.format("footer", orderNumber, writer.getPageNumber()), FormCells.SMALL);
        float x = (document.left() + document.right()) / 2;
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, footer, x, document.bottom() - 22, 0);
    }
}
