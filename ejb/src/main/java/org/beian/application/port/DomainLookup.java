package org.beian.application.port;

import java.util.Optional;
import org.beian.domain.model.filing.DomainRegistration;

/**
 * Asks the domain's registrar (or a registration-data service such as RDAP, RFC 9083) what it knows of a
 * registration: its expiry date and its real-name registrant. The checks prefer this answer to what the
 * applicant typed, so "more than 3 months of registration left" (Shanghai, Henan) and "registrant =
 * subject" rest on the registrar's word. The deployed implementation is the stand-in registrar
 * ({@code StandInRegistrar}); an adapter to a real registration-data service replaces it here.
 */
public interface DomainLookup {

    /**
     * What the registrar reports for the domain (lower case, IDNs in their Unicode form; an adapter to an
     * RDAP server converts to {@code xn--} with {@code java.net.IDN}), or empty
     * when it knows nothing of it or does not answer — the checks then use what the applicant entered.
     * Never throws for an unreachable service: a filing is not stopped because a registrar is slow.
     */
    Optional<DomainRegistration> find(String domain);

    /**
     * The registrar (域名注册服务商) that holds the domain's registration and the region it sits in, as the
     * public-security filing asks for them; empty when unknown (an RDAP adapter reads the {@code registrar}
     * entity, and the region from a list of registrars it keeps). Never throws for an unreachable service.
     */
    default Optional<Registrar> registrarOf(String domain) {
        return Optional.empty();
    }

    /** A registrar: its name (北京新网数码信息技术有限公司) and region (北京市市辖区大兴区). */
    record Registrar(String name, String region) {}
}
