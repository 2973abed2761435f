package org.beian.application.event;

/** Names of the event types, shared by producers and consumers. */
public final class EventTypes {

    public static final String ACCOUNT_CREATED = "AccountCreated";
    /** A password was changed by its holder ({@code how=change}) or reset by mobile code ({@code how=reset}); audit only. */
    public static final String PASSWORD_CHANGED = "PasswordChanged";

    private EventTypes() {}
}
