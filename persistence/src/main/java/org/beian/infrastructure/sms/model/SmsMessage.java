package org.beian.infrastructure.sms.model;

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

/** A text message the simulated SMS gateway "sent": recorded instead, for demos, tests and the admin outbox. */
@Entity
@Table(name = "sms_message")
@NamedQuery(name = "SmsMessage.listByMobile", query = "SELECT m FROM SmsMessage m WHERE m.mobile = :mobile ORDER BY m.sentAt, m.id")
@NamedQuery(name = "SmsMessage.listRecent", query = "SELECT m FROM SmsMessage m ORDER BY m.sentAt DESC, m.id DESC")
public class SmsMessage {

    @Id
    @SequenceGenerator(name = "sms_message_seq", sequenceName = "sms_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sms_message_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 20)
    private String mobile;

    @Column(name = "body", nullable = false, length = 1000)
    private String text;

    /** Who sent it: the provider's notifications, or the ministry (12381) in the simulator. */
    @Column(nullable = false, length = 32)
    private String sender;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected SmsMessage() {}

    public SmsMessage(String mobile, String text, String sender, Instant sentAt) {
        this.mobile = mobile;
        this.text = text;
        this.sender = sender;
        this.sentAt = sentAt;
    }

    public Long getId() { return id; }
    public String getMobile() { return mobile; }
    public String getText() { return text; }
    public String getSender() { return sender; }
    public Instant getSentAt() { return sentAt; }
}
