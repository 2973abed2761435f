package org.beian.application.dto;

import java.io.Serializable;
import java.time.Instant;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.verification.ElectronicVerification;

/**
 * An order's electronic verification (电子化核验) as its owner's page shows it: whom it is for, why it is
 * not possible ({@code unavailableKey}, a message key; null when it is), and the newest QR code's session
 * ({@code state} null before the first code). {@code reviewDueAt} is the re-review's deadline once passed.
 */
public record ElectronicVerificationView(String orderNumber, OrderState orderState, String principalName, String unavailableKey,
                                         ElectronicVerification.State state, String phoneUrl, Instant expiresAt,
                                         String failureKey, Instant reviewDueAt) implements Serializable {

    /** The order waits for its photo, so a code can be had (unless {@code unavailableKey} says why not). */
    public boolean awaitingPhoto() {
        return orderState == OrderState.AWAITING_PHOTO || orderState == OrderState.PHOTO_REJECTED;
    }
}
