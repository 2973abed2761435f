package org.beian.infrastructure.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The two weights of Noto Sans SC, loaded once from the classpath (the build puts them there; see the
 * ejb module's NOTICE.md). Identity-H with embedding makes OpenPDF write a subset of only the glyphs a
 * document uses, so a form stays small although each font file is about 10 MB. A {@link BaseFont} is
 * shared safely between documents: each writer keeps its own record of the glyphs it used.
 */
final class FormFonts {

    static final String REGULAR = "NotoSansSC_400Regular.ttf";
    static final String BOLD = "NotoSansSC_700Bold.ttf";

    private static final String DIRECTORY = "org/beian/infrastructure/pdf/fonts/";

    private FormFonts() {}

    static Font regular(float size) {
        return new Font(Loaded.REGULAR, size);
    }

    static Font bold(float size) {
        return new Font(Loaded.BOLD, size);
    }

    /** Holder: the fonts are read on first use, not when the class is merely referenced. */
    private static final class Loaded {
        static final BaseFont REGULAR = load(FormFonts.REGULAR);
        static final BaseFont BOLD = load(FormFonts.BOLD);
    }

    private static BaseFont load(String file) {
        try (InputStream in = FormFonts.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + DIRECTORY + file + " is missing from the classpath;"
                        + " the ejb module's build copies it there (see its NOTICE.md)");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Font " + file + " cannot be used for PDF output", e);
        }
    }
}
