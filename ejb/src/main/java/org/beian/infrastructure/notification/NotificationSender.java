package org.beian.infrastructure.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.beian.application.port.NotificationDispatch;
import org.beian.application.port.OutgoingSms;
import org.beian.application.port.SmsGateway;
import org.beian.domain.model.notification.Notification;
import org.beian.domain.model.notification.NotificationRepository;
import org.beian.infrastructure.messaging.jms.RetryPolicy;

/**
 * Delivers one planned notification in the caller's transaction (the delivery consumer's): the e-mail
 * through the application's mail session, the SMS through the SMS gateway. The row is locked first, so
 * two deliveries of the same notification (a redelivered message, an administrator's retry) run one
 * after the other and the second finds it SENT. Messages to one recipient on one channel go out in the
 * order they were planned: one waits behind an earlier pending one, which dispatches it when it is
 * sent or dead. A refused send is recorded on the
 * row and answered with when to try again, or that no attempt is left.
 */
@Stateless
public class NotificationSender {

    private static final String SENDER = "beian";

    /** What became of one attempt. */
    public sealed interface Outcome {
        /** Sent now, or nothing left to do (already sent, gone, or dead). */
        record Done() implements Outcome {}
        record RetryAfter(Duration delay) implements Outcome {}
        /** Not attempted: an earlier message to the same recipient on the same channel goes first, then wakes this one. */
        record Behind() implements Outcome {}
        /** No attempt left; {@code description} says which message it was, for the administrators' page. */
        record Dead(String reason, int attempts, String eventType, String description) implements Outcome {}
    }

    @Inject
    private NotificationRepository notifications;

    @Inject
    private MailSessions mailSessions;

    @Inject
    private SmsGateway sms;

    @Inject
    private RetryPolicy retryPolicy;

    @Inject
    private NotificationDispatch dispatch;

    public Outcome deliver(long id) {
        Notification notification = notifications.findForDelivery(id).orElse(null);
        if (notification == null || notification.getStatus() != Notification.Status.PENDING) {
            return new Outcome.Done();
        }
        Instant now = Instant.now();
        Instant earlier = notifications.earliestPendingBefore(notification).orElse(null);
        if (earlier != null) {
            // The phone and the mailbox get the steps in the order they happened: the earlier one, once sent
            // or dead, dispatches this one (the sweeper checks again if that wake-up goes missing).
            notification.postponed(earlier.isAfter(now) ? earlier : now);
            return new Outcome.Behind();
        }
        try {
            if (notification.getChannel() == Notification.Channel.EMAIL) {
                email(notification);
            } else {
                // The reference is stable per notification (one event, one recipient, one channel): a provider can drop a
                // repeat of an SMS it already accepted. Not the event id alone: an escalation reaches every reviewer.
                sms.send(new OutgoingSms(notification.getRecipient(), notification.getBody(), SENDER, reference(notification) + ".sms"));
            }
            notification.sent(now);
            wakeNext(notification);
            return new Outcome.Done();
        } catch (MessagingException | RuntimeException e) {
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            Optional<Duration> delay = retryPolicy.delayAfter(notification.getAttempts() + 1);
            notification.failed(reason, delay.map(now::plus));
            if (delay.isEmpty()) {
                wakeNext(notification);
            }
            return delay.<Outcome>map(Outcome.RetryAfter::new).orElseGet(() -> new Outcome.Dead(reason, notification.getAttempts(),
                    notification.getEventType(), notification.getChannel() + " → " + notification.getRecipient() + ": " + notification.getSubject()));
        }
    }

    /** What identifies one notification to a provider, the same on every attempt. */
    private static String reference(Notification notification) {
        return notification.getEventId() + "." + notification.getId();
    }

    /** The next pending message to the same recipient on the same channel may go now. */
    private void wakeNext(Notification notification) {
        notifications.findNextPendingAfter(notification).ifPresent(next -> dispatch.dispatch(next, Duration.ZERO));
    }

    private void email(Notification notification) throws MessagingException {
        MimeMessage message = new MimeMessage(mailSessions.session()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // One Message-ID per notification: a mail system can tell a repeated delivery.
                setHeader("Message-ID", "<" + reference(notification) + ".email@beian>");
            }
        };
        message.setFrom(); // the session's mail.from (beian.mail.from): without it the mail has no From header at all
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(notification.getRecipient()));
        message.setSubject(notification.getSubject(), "UTF-8");
        message.setText(notification.getBody(), "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("X-Beian-Event", notification.getEventId());
        Transport.send(message);
    }
}
