package org.beian.application.dto;

import java.io.Serializable;
import java.util.List;

/** Who filed a domain: this provider's registry, another provider (national registry), or nobody. */
public record DomainLookup(String domain, Where where, String websiteIcpNumber, String subjectIcpNumber, String subjectName,
                           List<String> accessProviders) implements Serializable {

    public enum Where { NOT_FILED, HERE, ELSEWHERE }

    public static DomainLookup notFiled(String domain) {
        return new DomainLookup(domain, Where.NOT_FILED, null, null, null, List.of());
    }
}
