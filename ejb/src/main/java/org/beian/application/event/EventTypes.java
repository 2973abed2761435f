package org.beian.application.event;

/** Names of the event types, shared by producers and consumers. */
public final class EventTypes {

    public static final String ACCOUNT_CREATED = "AccountCreated";

    private EventTypes() {}
}
