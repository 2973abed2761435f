package org.beian.infrastructure.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.beian.application.port.VerificationForms;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderType;

/** The verification form through OpenPDF ({@link VerificationForm}). */
@ApplicationScoped
public class PdfVerificationForms implements VerificationForms {

    @Override
    public byte[] render(FilingSnapshot snapshot, String orderNumber, OrderType type, Locale locale) {
        return VerificationForm.render(snapshot, orderNumber, type, locale);
    }
}
