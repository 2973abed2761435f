package org.beian.application.port;

import java.io.Serializable;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderType;

/** What the provider sends the bureau for one order. */
public record BureauSubmission(String orderNumber, OrderType type, String provinceCode, String subjectIcpNumber,
                               FilingSnapshot snapshot) implements Serializable {
}
