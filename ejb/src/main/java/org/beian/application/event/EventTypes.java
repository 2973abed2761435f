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

    /** An administrator added or changed a verification point ({@code change=added|changed}); audit only. */
    public static final String VERIFICATION_POINT_SAVED = "VerificationPointSaved";
    /** An administrator switched a verification point off ({@code active=false}) or on; audit only. */
    public static final String VERIFICATION_POINT_ACTIVE_CHANGED = "VerificationPointActiveChanged";
    /** An administrator deleted a verification point; audit only. */
    public static final String VERIFICATION_POINT_DELETED = "VerificationPointDeleted";
    /** An administrator added a domain suffix; audit only. */
    public static final String FILEABLE_TLD_ADDED = "FileableTldAdded";
    /** An administrator switched filings under a suffix on ({@code fileable=true}) or off; audit only. */
    public static final String FILEABLE_TLD_CHANGED = "FileableTldChanged";
    /** An administrator replaced a year's calendar exceptions by a State Council notice's; audit only. */
    public static final String HOLIDAY_NOTICE_IMPORTED = "HolidayNoticeImported";
    /** A curtain was handed to the courier ({@code courier}, {@code trackingNumber}); audit only. */
    public static final String CURTAIN_SHIPPED = "CurtainShipped";
    /** The courier delivered a curtain; audit only. */
    public static final String CURTAIN_DELIVERED = "CurtainDelivered";
    /** An administrator issued an authorisation code for an account; audit only. */
    public static final String AUTHORISATION_CODE_ISSUED = "AuthorisationCodeIssued";
    /** An administrator revoked an authorisation code; audit only. */
    public static final String AUTHORISATION_CODE_REVOKED = "AuthorisationCodeRevoked";
    /** An applicant recorded (or corrected, {@code correction=true}) a website's public-security filing number; audit only. */
    public static final String PUBLIC_SECURITY_NUMBER_RECORDED = "PublicSecurityNumberRecorded";

    private EventTypes() {}
}
