package org.beian.domain.model.filing;

import java.io.Serializable;

/**
 * What the registrar says of a domain, as the applicant entered it or a registration lookup returned it:
 * the registration's expiry date ({@code yyyy-MM-dd}, kept as text like every snapshot field so a draft
 * may hold a half-typed value) and the registrant's real-name holder.
 */
public record DomainRegistration(String domain, String expiresOn, String registrant) implements Serializable {
}
