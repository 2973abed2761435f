package org.beian.application.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.event.ApplicationEvents;

/** Keeps the raised events in order instead of writing them to the outbox. */
final class RecordingEvents implements ApplicationEvents {

    private final List<ApplicationEvent> raised = new ArrayList<>();

    @Override
    public void raise(ApplicationEvent event) {
        raised.add(event);
    }

    @Override
    public Set<String> alreadyRaised(Collection<String> eventIds) {
        return raised.stream().map(ApplicationEvent::id).filter(eventIds::contains).collect(java.util.stream.Collectors.toSet());
    }

    List<ApplicationEvent> raised() {
        return List.copyOf(raised);
    }

    List<String> types() {
        return raised.stream().map(ApplicationEvent::type).toList();
    }

    ApplicationEvent last() {
        if (raised.isEmpty()) {
            throw new AssertionError("no event was raised");
        }
        return raised.get(raised.size() - 1);
    }
}
