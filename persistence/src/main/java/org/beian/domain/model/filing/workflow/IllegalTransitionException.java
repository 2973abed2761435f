package org.beian.domain.model.filing.workflow;

import org.beian.domain.model.filing.OrderState;

/**
 * A transition the workflow refuses. It carries a message key for the UI bundle; the application layer
 * turns it into its own business exception (which rolls the transaction back).
 */
public class IllegalTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The action does not leave from the order's current state. */
    public static final String NOT_ALLOWED = "error.transition.notAllowed";
    /** The actor may not perform the action (wrong role, or not the order's owner). */
    public static final String NOT_PERMITTED = "error.transition.notPermitted";
    /** A reviewer tried to correct an order whose applicant did not agree to assisted correction. */
    public static final String ASSISTED_CORRECTION_NOT_AGREED = "error.transition.assistedCorrectionNotAgreed";
    /** An assisted correction that changes nothing. */
    public static final String NOTHING_CORRECTED = "error.transition.nothingCorrected";
    /** A rejection (or correction, or failed SMS check) without a reason. */
    public static final String REASON_REQUIRED = "error.transition.reasonRequired";
    /** A reason longer than the history keeps. */
    public static final String REASON_TOO_LONG = "error.transition.reasonTooLong";
    /** Expiry asked for before the order's expiry moment. */
    public static final String NOT_EXPIRED_YET = "error.transition.notExpiredYet";

    private final String orderNumber;
    private final OrderState state;
    private final OrderAction action;
    private final String messageKey;

    public IllegalTransitionException(String orderNumber, OrderState state, OrderAction action, String messageKey,
                                      String message) {
        super(messageKey + ": " + action + " on order " + orderNumber + " in state " + state + " (" + message + ")");
        this.orderNumber = orderNumber;
        this.state = state;
        this.action = action;
        this.messageKey = messageKey;
    }

    public String getOrderNumber() { return orderNumber; }
    public OrderState getState() { return state; }
    public OrderAction getAction() { return action; }
    public String getMessageKey() { return messageKey; }
}
