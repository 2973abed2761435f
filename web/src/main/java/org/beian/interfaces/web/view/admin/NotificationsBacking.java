package org.beian.interfaces.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.beian.application.desk.AdministrationDesk;
import org.beian.application.dto.DeadMessageView;
import org.beian.application.dto.RecordedSms;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.Messages;

/**
 * Backs /admin/notifications.xhtml: the dead-message queue (events and deliveries whose attempts are
 * exhausted, each with "send again"), and the SMS the built-in gateway recorded (what phones would have
 * received in demo mode). View-scoped: a "send again" acts on the row the administrator saw, even if
 * another administrator has sent it meanwhile (then the page says so instead of ignoring the click).
 */
@Named("adminNotifications")
@ViewScoped
public class NotificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ROWS = 100;

    @Inject
    private AdministrationDesk administration;

    @Inject
    private Callers callers;

    private List<DeadMessageView> dead;

    private List<RecordedSms> sms;

    public List<DeadMessageView> getDead() {
        if (dead == null) {
            dead = administration.deadMessages(callers.current(), ROWS);
        }
        return dead;
    }

    public List<RecordedSms> getSms() {
        if (sms == null) {
            sms = administration.recordedSms(callers.current(), ROWS);
        }
        return sms;
    }

    public void retry(String messageId) {
        try {
            administration.retryDeadMessage(callers.current(), messageId);
            Messages.info("admin.notifications.retried");
        } finally {
            dead = null; // the queue as it is now, whether this retry or someone else's took the message
        }
    }
}
