package org.beian.it.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real SMTP server (port 3025) and IMAP server (port 3143) for the whole test run: Payara's mail
 * session sends to it, and tests read what arrived over IMAP, as a mail client would.
 */
public class MailServerSession implements LauncherSessionListener {

    public static final int SMTP_PORT = 3025;
    public static final int IMAP_PORT = 3143;

    private static volatile GreenMail greenMail;

    /** The running server, for client-side tests that count what arrived. */
    public static GreenMail server() {
        return greenMail;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
