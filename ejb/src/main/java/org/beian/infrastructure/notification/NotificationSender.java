package org.beian.infrastructure.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.beian.application.OutgoingSms;
import org.beian.application.SmsGateway;
import org.beian.domain.model.notification.Notification;

/**
 * Delivers one planned notification in its own transaction: the e-mail through the application's mail
 * session, the SMS through the configured SMS gateway; success marks it SENT, failure (for an SMS: an
 * {@code SmsDeliveryException}) schedules a retry with backoff (DEAD after the last attempt). Two
 * instances delivering the same row: the version check lets one mark it, and only a row still PENDING
 * when read is sent.
 */
@Stateless
public class NotificationSender {

    private static final String SENDER = "beian";

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Inject
    private MailSessions mailSessions;

    @Inject
    private SmsGateway sms;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(Instant now, int max) {
        return em.createNamedQuery("Notification.listDue", Long.class).setParameter("now", now).setMaxResults(max).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliver(long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null || notification.getStatus() != Notification.Status.PENDING) {
            return;
        }
        Instant now = Instant.now();
        try {
            if (notification.getChannel() == Notification.Channel.EMAIL) {
                email(notification);
            } else {
                // The reference is stable per event: a provider can drop the repeat of a retried message.
                sms.send(new OutgoingSms(notification.getRecipient(), notification.getBody(), SENDER,
                        notification.getEventId() + ".sms"));
            }
            notification.sent(now);
        } catch (MessagingException | RuntimeException e) {
            notification.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), now);
        }
        em.flush();
    }

    private void email(Notification notification) throws MessagingException {
        MimeMessage message = new MimeMessage(mailSessions.session()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // One Message-ID per event and channel: a mail system can tell a repeated delivery.
                setHeader("Message-ID", "<" + notification.getEventId() + ".email@beian>");
            }
        };
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(notification.getRecipient()));
        message.setSubject(notification.getSubject(), "UTF-8");
        message.setText(notification.getBody(), "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("X-Beian-Event", notification.getEventId());
        Transport.send(message);
    }
}
