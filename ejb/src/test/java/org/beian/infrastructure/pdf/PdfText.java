package org.beian.infrastructure.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a rendered PDF back as a reader's tools would: its text per page and its fonts. */
final class PdfText {

    /** One font of a page: its PostScript name and whether its program is in the file. */
    record FontUse(String name, boolean embedded) {}

    private PdfText() {}

    /** The text of each page, with line breaks and spaces removed: wrapped table text then compares whole. */
    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("\\s+", ""));
            }
            return pages;
        }
    }

    static String all(byte[] pdf) throws IOException {
        return String.join("", pages(pdf));
    }

    static List<FontUse> fonts(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<FontUse> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    PDFontDescriptor descriptor = font instanceof PDType0Font type0
                            ? type0.getDescendantFont().getFontDescriptor() : font.getFontDescriptor();
                    boolean embedded = descriptor != null
                            && (descriptor.getFontFile2() != null || descriptor.getFontFile3() != null);
                    fonts.add(new FontUse(font.getName(), embedded));
                }
            }
            return fonts;
        }
    }
}
