package org.beian.application.event;

/** Names of the event types, shared by producers and consumers. */
public final class EventTypes {

    public static final String ACCOUNT_CREATED = "AccountCreated";
    /** A password was changed by its holder ({@code how=change}) or reset by mobile code ({@code how=reset}); audit only. */
    public static final String PASSWORD_CHANGED = "PasswordChanged";

    /** An administrator added a province rule row; audit only. */
    public static final String PROVINCE_RULE_ADDED = "ProvinceRuleAdded";
    /** An administrator added or changed a reason template; audit only. */
    public static final String REASON_TEMPLATE_SAVED = "ReasonTemplateSaved";
    /** An administrator locked ({@code enabled=false}) or unlocked an account; audit only. */
    public static final String ACCOUNT_ENABLED_CHANGED = "AccountEnabledChanged";

    private EventTypes() {}
}
