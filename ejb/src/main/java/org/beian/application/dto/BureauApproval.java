package org.beian.application.dto;

import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import java.util.List;

/**
 * What the bureau returns with an approval: the subject's ICP number (new for a first filing, the
 * existing one otherwise), one website number per website of the order in order, and, on a first
 * filing, the hash of the filing password it sent to the principal.
 */
public record BureauApproval(@NotBlank String subjectIcpNumber, List<String> websiteIcpNumbers, String filingPasswordHash)
        implements Serializable {

    public BureauApproval {
        websiteIcpNumbers = websiteIcpNumbers == null ? List.of() : List.copyOf(websiteIcpNumbers);
    }
}
