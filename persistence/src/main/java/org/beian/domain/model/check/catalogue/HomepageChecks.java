package org.beian.domain.model.check.catalogue;

import org.beian.domain.model.check.domain.Homepages;
import org.beian.domain.model.filing.WebsiteData;

/** Homepage URLs: among the website's domains and starting with www. */
final class HomepageChecks implements CheckFamily {

    @Override
    public void check(Evaluation e) {
        if (!e.scope().websites()) {
            return;
        }
        for (int i = 0; i < e.websites().size(); i++) {
            WebsiteData website = e.websites().get(i);
            if (website.homepageUrls().isEmpty()) {
                e.require("websites[" + i + "].homepageUrls", null);
            }
            for (int j = 0; j < website.homepageUrls().size(); j++) {
                String field = "websites[" + i + "].homepageUrls[" + j + "]";
                String url = website.homepageUrls().get(j);
                if (e.require(field, url)) {
                    e.addProblems(field, Homepages.check(url, website.domains()));
                }
            }
        }
    }
}
