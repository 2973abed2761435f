package org.beian.application.port;

import java.util.List;
import org.beian.application.dto.DeadMessageView;

/**
 * The dead-message queue: messages whose work failed on every attempt (an event that could not be
 * handled, an e-mail or SMS the provider kept refusing), and sending one back. Who may do this is the
 * administration desk's business.
 */
public interface DeadMessages {

    /** The oldest first, at most {@code max}. */
    List<DeadMessageView> list(int max);

    /** Takes the message off the dead-message queue and sends it back to where it came from, attempts reset. */
    void retry(String messageId);
}
