package org.beian.domain.model.check.catalogue;

import java.util.List;
import org.beian.domain.model.filing.CloudServiceData;

/**
 * What the applicant enters in "start filing" (开始备案, spec §3): region, nature, certificate type and
 * number, the domain(s) and the cloud service (null when not chosen yet).
 */
public record StartFilingRequest(String provinceCode, String nature, String certificateType, String certificateNumber,
                                 List<String> domains, CloudServiceData cloudService) {

    public StartFilingRequest {
        domains = domains == null ? List.of() : List.copyOf(domains);
    }
}
