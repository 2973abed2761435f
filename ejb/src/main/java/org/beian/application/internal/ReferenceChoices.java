package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.beian.application.dto.Choice;
import org.beian.application.dto.CloudResourceView;
import org.beian.application.security.Authorization;
import org.beian.application.security.Caller;
import org.beian.domain.model.reference.ReferenceData;
import org.beian.domain.model.resource.ResourceRepository;

/** What the forms' select lists offer, from the reference data and the account's resources. */
@ApplicationScoped
public class ReferenceChoices {

    @Inject
    private ReferenceData referenceData;

    @Inject
    private ResourceRepository resources;

    @Inject
    private Authorization authorization;

    /** Division names are Chinese in every language (as the statistics bureau publishes them). */
    public List<Choice> regions(String parentCode) {
        if (parentCode == null || parentCode.isBlank()) {
            return referenceData.listProvinces().stream().map(p -> new Choice(p.code(), p.name())).toList();
        }
        return referenceData.listChildren(parentCode).stream().map(r -> new Choice(r.code(), r.name())).toList();
    }

    public List<Choice> natures(Locale locale) {
        return referenceData.listNatures().stream().map(n -> new Choice(n.code(), label(n, locale))).toList();
    }

    public List<Choice> certificateTypes(String nature, Locale locale) {
        return referenceData.listCertificateTypes(nature).stream().map(t -> new Choice(t.code(), label(t, locale))).toList();
    }

    public List<CloudResourceView> cloudResources(Caller caller) {
        return resources.listResourcesOfAccount(authorization.accountOf(caller).getId()).stream()
                .map(r -> new CloudResourceView(r.getInstanceId(), r.getKind().name(), r.getPublicIp(), r.getRegionName(),
                        r.isMainland(), r.getExpiresAt()))
                .toList();
    }

    private static String label(ReferenceData.NamedCode code, Locale locale) {
        return "en".equals(locale.getLanguage()) ? code.nameEn() : code.nameZh();
    }
}
