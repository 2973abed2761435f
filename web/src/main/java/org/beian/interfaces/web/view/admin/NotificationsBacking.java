package org.beian.interfaces.web.view.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.beian.application.DeadMessageService;
import org.beian.application.SmsOutbox;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.Messages;

/**
 * Backs /admin/notifications.xhtml: the dead-message queue (events and deliveries whose attempts are
 * exhausted, each with "send again"), and the SMS the built-in gateway recorded (what phones would have
 * received in demo mode).
 */
@Named("adminNotifications")
@RequestScoped
public class NotificationsBacking {

    private static final int ROWS = 100;

    @Inject
    private DeadMessageService deadMessages;

    @Inject
    private SmsOutbox smsOutbox;

    @Inject
    private Callers callers;

    private List<DeadMessageService.DeadMessageView> dead;

    private List<SmsOutbox.RecordedSms> sms;

    public List<DeadMessageService.DeadMessageView> getDead() {
        if (dead == null) {
            dead = deadMessages.list(callers.current(), ROWS);
        }
        return dead;
    }

    public List<SmsOutbox.RecordedSms> getSms() {
        if (sms == null) {
            sms = smsOutbox.recent(ROWS);
        }
        return sms;
    }

    public void retry(String messageId) {
        deadMessages.retry(callers.current(), messageId);
        dead = null;
        Messages.info("admin.notifications.retried");
    }
}
