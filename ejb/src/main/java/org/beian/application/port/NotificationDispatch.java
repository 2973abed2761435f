package org.beian.application.port;

import java.time.Duration;

/**
 * Hands a planned e-mail or SMS to the delivery consumer, in the caller's transaction: if the
 * transaction rolls back, nothing is delivered; if it commits, delivery is attempted (after the delay).
 */
public interface NotificationDispatch {

    void dispatch(long notificationId, Duration delay);
}
