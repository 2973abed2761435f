package org.beian.application.event;

import java.util.Collection;
import java.util.Set;

/**
 * The one way events leave the application. Raise inside the business transaction: the event is
 * delivered if and only if that transaction commits.
 */
public interface ApplicationEvents {

    void raise(ApplicationEvent event);

    /** Which of these event ids were raised already (reminders with name-based ids are raised once). */
    Set<String> alreadyRaised(Collection<String> eventIds);
}
