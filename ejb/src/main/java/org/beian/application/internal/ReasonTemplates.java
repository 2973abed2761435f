package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.beian.application.dto.ReasonTemplateView;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.event.ApplicationEvents;
import org.beian.application.event.EventTypes;
import org.beian.application.security.Caller;
import org.beian.domain.model.filing.ReasonTemplate;
import org.beian.domain.model.filing.ReasonTemplateRepository;

/** The reviewers' reason templates: administrators add and change them, reviewers pick the active ones. */
@ApplicationScoped
public class ReasonTemplates {

    @Inject
    private ReasonTemplateRepository templates;

    @Inject
    private ApplicationEvents events;

    public List<ReasonTemplateView> all() {
        return templates.listAll().stream().map(ReasonTemplates::view).toList();
    }

    public List<ReasonTemplateView> active() {
        return all().stream().filter(ReasonTemplateView::active).toList();
    }

    /** Adds the template, or changes the one with its code (a code is never reused for another reason). */
    public ReasonTemplateView save(Caller caller, ReasonTemplateView template) {
        ReasonTemplate saved = templates.findByCode(template.code()).orElse(null);
        if (saved == null) {
            saved = templates.add(new ReasonTemplate(template.code(), template.textZh().strip(), template.textEn().strip(),
                    template.sortOrder()));
            if (!template.active()) {
                saved.change(saved.getTextZh(), saved.getTextEn(), saved.getSortOrder(), false);
            }
        } else {
            saved.change(template.textZh().strip(), template.textEn().strip(), template.sortOrder(), template.active());
        }
        events.raise(ApplicationEvent.of(EventTypes.REASON_TEMPLATE_SAVED, caller.username(), "reason-template:" + template.code(),
                Map.of("active", Boolean.toString(template.active()))));
        return view(saved);
    }

    private static ReasonTemplateView view(ReasonTemplate t) {
        return new ReasonTemplateView(t.getCode(), t.getTextZh(), t.getTextEn(), t.getSortOrder(), t.isActive());
    }
}
