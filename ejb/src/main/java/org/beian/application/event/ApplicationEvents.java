package org.beian.application.event;

/**
 * The one way events leave the application. Raise inside the business transaction: the event is
 * delivered if and only if that transaction commits.
 */
public interface ApplicationEvents {

    void raise(ApplicationEvent event);
}
