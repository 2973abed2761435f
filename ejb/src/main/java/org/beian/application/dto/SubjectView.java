package org.beian.application.dto;

import java.io.Serializable;
import java.util.List;
import org.beian.domain.model.filing.SubjectData;
import org.beian.domain.model.filing.WebsiteData;
import org.beian.domain.model.registry.SubjectStatus;
import org.beian.domain.model.registry.WebsiteStatus;

/** A filed subject with its websites, as the owner (or staff) sees it. */
public record SubjectView(String icpNumber, SubjectStatus status, SubjectData data, List<WebsiteView> websites)
        implements Serializable {

    public record WebsiteView(String icpNumber, WebsiteStatus status, WebsiteData data, List<String> accessProviders,
                              String publicSecurityNumber) implements Serializable {}
}
