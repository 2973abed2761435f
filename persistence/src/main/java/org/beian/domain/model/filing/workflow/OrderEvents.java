package org.beian.domain.model.filing.workflow;

/**
 * Application event types the order transitions raise, one per transition kind. The application layer
 * sends them through {@code ApplicationEvents}; notifications (spec §7) and the audit consume them.
 */
public final class OrderEvents {

    public static final String ORDER_SUBMITTED = "OrderSubmitted";
    public static final String ORDER_WITHDRAWN = "OrderWithdrawn";
    public static final String ORDER_ABANDONED = "OrderAbandoned";
    public static final String INITIAL_REVIEW_APPROVED = "InitialReviewApproved";
    public static final String INITIAL_REVIEW_REJECTED = "InitialReviewRejected";
    public static final String ORDER_CORRECTED = "OrderCorrected";
    public static final String PHOTO_SUBMITTED = "PhotoSubmitted";
    public static final String PHOTO_APPROVED = "PhotoApproved";
    public static final String PHOTO_REJECTED = "PhotoRejected";
    public static final String SUBMITTED_TO_BUREAU = "SubmittedToBureau";
    public static final String SMS_CHECK_FAILED = "SmsCheckFailed";
    public static final String BUREAU_APPROVED = "BureauApproved";
    public static final String BUREAU_REJECTED = "BureauRejected";
    public static final String ORDER_EXPIRED = "OrderExpired";

    private OrderEvents() {}
}
