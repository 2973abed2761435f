package org.beian.domain.model.check.catalogue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.beian.domain.model.check.Text;
import org.beian.domain.model.filing.CloudServiceData;
import org.beian.domain.model.filing.WebsiteData;

/** Each website runs on at least one eligible cloud service. */
final class CloudServiceChecks implements CheckFamily {

    @Override
    public void check(Evaluation e) {
        if (!e.scope().websites()) {
            return;
        }
        Map<String, Integer> websitesPerService = websitesPerService(e);
        for (int i = 0; i < e.websites().size(); i++) {
            WebsiteData website = e.websites().get(i);
            if (website.cloudServices().isEmpty() && e.scope().complete()) {
                e.add(Rule.WEBSITE_CLOUD_SERVICE_MISSING, "websites[" + i + "].cloudServices");
            }
            for (int j = 0; j < website.cloudServices().size(); j++) {
                CloudServiceData service = website.cloudServices().get(j);
                String field = "websites[" + i + "].cloudServices[" + j + "]";
                int inOrder = websitesPerService.getOrDefault(Text.fold(service.reference()), 1);
                CloudServiceEligibility.check(service, field, inOrder, e.request().today(), e.context())
                        .forEach(finding -> e.addApplied(finding.rule(), finding.field(), null, finding.arguments().toArray()));
            }
        }
    }

    /** How many websites of this order run on each service (a server's limit counts them all). */
    private static Map<String, Integer> websitesPerService(Evaluation e) {
        Map<String, Integer> counts = new HashMap<>();
        for (WebsiteData website : e.websites()) {
            Set<String> references = new HashSet<>();
            website.cloudServices().forEach(service -> references.add(Text.fold(service.reference())));
            references.forEach(reference -> counts.merge(reference, 1, Integer::sum));
        }
        return counts;
    }
}
