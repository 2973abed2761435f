package org.beian.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A message in an account's in-app inbox (站内信); one per account and event. */
@Entity
@Table(name = "inbox_message")
@NamedQuery(name = "InboxMessage.listByAccount",
        query = "SELECT m FROM InboxMessage m WHERE m.accountId = :accountId ORDER BY m.createdAt DESC, m.id DESC")
@NamedQuery(name = "InboxMessage.countUnread",
        query = "SELECT COUNT(m) FROM InboxMessage m WHERE m.accountId = :accountId AND m.readAt IS NULL")
@NamedQuery(name = "InboxMessage.countByAccount",
        query = "SELECT COUNT(m) FROM InboxMessage m WHERE m.accountId = :accountId")
@NamedQuery(name = "InboxMessage.markAllRead",
        query = "UPDATE InboxMessage m SET m.readAt = :now, m.version = m.version + 1 WHERE m.accountId = :accountId AND m.readAt IS NULL")
@NamedQuery(name = "InboxMessage.findByEvent",
        query = "SELECT m FROM InboxMessage m WHERE m.accountId = :accountId AND m.eventId = :eventId")
public class InboxMessage {

    @Id
    @SequenceGenerator(name = "inbox_message_seq", sequenceName = "inbox_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbox_message_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected InboxMessage() {}

    public InboxMessage(long accountId, String eventId, String title, String body, Instant createdAt) {
        this.accountId = accountId;
        this.eventId = eventId;
        this.title = title.length() > 300 ? title.substring(0, 300) : title;
        this.body = body.length() > 4000 ? body.substring(0, 4000) : body;
        this.createdAt = createdAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public String getEventId() { return eventId; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
}
