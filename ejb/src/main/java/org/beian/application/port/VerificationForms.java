package org.beian.application.port;

import java.util.Locale;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderType;

/** Prints the website filing authenticity verification form (网站备案信息真实性核验单) the applicant signs. */
public interface VerificationForms {

    /** The form as a PDF: one page per website, the province's signing instructions, fonts embedded. */
    byte[] render(FilingSnapshot snapshot, String orderNumber, OrderType type, Locale locale);
}
