package org.beian.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * One message to one recipient on one channel for one event: planned once (unique per event, channel
 * and recipient), then delivered by the delivery consumer with retries and backoff; DEAD when the
 * attempts are exhausted (its message is then in the dead-message queue, where an administrator can
 * send it again).
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.listOverdue",
        query = "SELECT n.id FROM Notification n WHERE n.status = org.beian.domain.model.notification.Notification.Status.PENDING "
                + "AND n.nextAttemptAt <= :before ORDER BY n.nextAttemptAt")
@NamedQuery(name = "Notification.earliestBefore",
        query = "SELECT n.nextAttemptAt FROM Notification n WHERE n.recipient = :recipient AND n.channel = :channel "
                + "AND n.status = org.beian.domain.model.notification.Notification.Status.PENDING "
                + "AND (n.createdAt < :createdAt OR (n.createdAt = :createdAt AND n.id < :id)) ORDER BY n.nextAttemptAt")
@NamedQuery(name = "Notification.listNextAfter",
        query = "SELECT n.id FROM Notification n WHERE n.recipient = :recipient AND n.channel = :channel "
                + "AND n.status = org.beian.domain.model.notification.Notification.Status.PENDING "
                + "AND (n.createdAt > :createdAt OR (n.createdAt = :createdAt AND n.id > :id)) ORDER BY n.createdAt, n.id")
@NamedQuery(name = "Notification.listByEvent", query = "SELECT n FROM Notification n WHERE n.eventId = :eventId ORDER BY n.id")
@NamedQuery(name = "Notification.listByAccount",
        query = "SELECT n FROM Notification n WHERE n.accountId = :accountId ORDER BY n.createdAt, n.id")
@NamedQuery(name = "Notification.listRecentRecipients",
        query = "SELECT n.recipient, MAX(n.id) AS latest FROM Notification n WHERE n.channel = :channel "
                + "GROUP BY n.recipient ORDER BY latest DESC")
public class Notification {

    public enum Channel { EMAIL, SMS }

    public enum Status { PENDING, SENT, DEAD }

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Column(name = "event_type", nullable = false, length = 64)
    private String eventType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Channel channel;

    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(name = "language_tag", nullable = false, length = 16)
    private String languageTag;

    @Column(name = "subject_line", nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Notification() {}

    public Notification(String eventId, String eventType, Channel channel, Long accountId, String recipient, String languageTag,
                        String subject, String body, Instant now) {
        this.eventId = eventId;
        this.eventType = eventType;
        this.channel = channel;
        this.accountId = accountId;
        this.recipient = recipient;
        this.languageTag = languageTag;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.body = body.length() > 4000 ? body.substring(0, 4000) : body;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public void sent(Instant at) {
        this.status = Status.SENT;
        this.sentAt = at;
        this.attempts++;
    }

    /**
     * A failed attempt: retried at {@code retryAt} (the retry policy's backoff), or DEAD when no attempt is
     * left.
     */
    public void failed(String error, Optional<Instant> retryAt) {
        this.attempts++;
        this.lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (retryAt.isPresent()) {
            this.nextAttemptAt = retryAt.get();
        } else {
            this.status = Status.DEAD;
        }
    }

    /**
     * Handed to delivery again, not as a failed attempt: its message went missing (the next check waits
     * from now), or an earlier message to the same recipient must go first.
     */
    public void postponed(Instant until) {
        this.nextAttemptAt = until;
    }

    /** An administrator sends a dead notification again. */
    public void retry(Instant now) {
        this.status = Status.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
    }

    public Long getId() { return id; }
    public String getEventId() { return eventId; }
    public String getEventType() { return eventType; }
    public Channel getChannel() { return channel; }
    public Long getAccountId() { return accountId; }
    public String getRecipient() { return recipient; }
    public String getLanguageTag() { return languageTag; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Status getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getSentAt() { return sentAt; }
}
