package org.beian.application.port;

import java.util.List;
import org.beian.application.dto.DemoMail;

/**
 * DEMO ONLY. The mail server the desk's e-mails go to in demo mode (the run command starts one with the
 * desk), read as the recipients' mail programs read it. Production configures none: then it is not
 * {@link #available()} and no page shows it.
 */
public interface SentMailbox {

    /** Whether a demo mail server is configured. */
    boolean available();

    /**
     * What arrived in the inboxes of these addresses, newest first, at most {@code max}; an address
     * with no mailbox adds nothing. Refuses ({@code admin.mailbox.unreachable}) when the server does
     * not answer.
     */
    List<DemoMail> arrivedAt(List<String> addresses, int max);
}
