package org.beian.domain.model.resource;

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
import java.time.LocalDate;
import java.util.Objects;

/**
 * A request to mail the blue photo curtain (幕布). One per account is free. It is REQUESTED until the
 * provider hands it to the courier (SHIPPED, with the courier and its tracking number) and DELIVERED
 * when the courier reports it handed over; each step once, in that order.
 */
@Entity
@Table(name = "curtain_request")
@NamedQuery(name = "CurtainRequest.listByAccount",
        query = "SELECT c FROM CurtainRequest c WHERE c.accountId = :accountId ORDER BY c.requestedAt DESC")
@NamedQuery(name = "CurtainRequest.listByState",
        query = "SELECT c, a.username FROM CurtainRequest c, Account a WHERE a.id = c.accountId AND c.state = :state "
                + "ORDER BY c.shipsOn, c.requestedAt, c.id")
@NamedQuery(name = "CurtainRequest.listDelivered",
        query = "SELECT c, a.username FROM CurtainRequest c, Account a WHERE a.id = c.accountId AND c.state = :state "
                + "ORDER BY c.deliveredAt DESC, c.id DESC")
@NamedQuery(name = "CurtainRequest.countFreeByAccount",
        query = "SELECT COUNT(c) FROM CurtainRequest c WHERE c.accountId = :accountId AND c.freeOfCharge = TRUE")
public class CurtainRequest {

    public enum State { REQUESTED, SHIPPED, DELIVERED }

    @Id
    @SequenceGenerator(name = "curtain_request_seq", sequenceName = "curtain_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "curtain_request_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 64)
    private String recipient;

    @Column(nullable = false, length = 20)
    private String phone;

    @Column(nullable = false, length = 300)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(name = "free_of_charge", nullable = false)
    private boolean freeOfCharge;

    @Column(length = 32)
    private String courier;

    @Column(name = "tracking_number", length = 64)
    private String trackingNumber;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    /** The working day it leaves with the 16:00 courier. */
    @Column(name = "ships_on", nullable = false)
    private LocalDate shipsOn;

    @Column(name = "shipped_at")
    private Instant shippedAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected CurtainRequest() {}

    public CurtainRequest(long accountId, String recipient, String phone, String address, boolean freeOfCharge,
                          Instant requestedAt, LocalDate shipsOn) {
        this.accountId = accountId;
        this.recipient = Objects.requireNonNull(recipient);
        this.phone = Objects.requireNonNull(phone);
        this.address = Objects.requireNonNull(address);
        this.freeOfCharge = freeOfCharge;
        this.requestedAt = Objects.requireNonNull(requestedAt);
        this.shipsOn = Objects.requireNonNull(shipsOn);
        this.state = State.REQUESTED;
    }

    /** @throws IllegalStateException unless still REQUESTED */
    public void ship(String courier, String trackingNumber, Instant at) {
        if (state != State.REQUESTED) {
            throw new IllegalStateException("Curtain request " + id + " is " + state + ", not REQUESTED");
        }
        this.courier = Objects.requireNonNull(courier);
        this.trackingNumber = Objects.requireNonNull(trackingNumber);
        this.shippedAt = Objects.requireNonNull(at);
        this.state = State.SHIPPED;
    }

    /** @throws IllegalStateException unless SHIPPED */
    public void delivered(Instant at) {
        if (state != State.SHIPPED) {
            throw new IllegalStateException("Curtain request " + id + " is " + state + ", not SHIPPED");
        }
        this.deliveredAt = Objects.requireNonNull(at);
        this.state = State.DELIVERED;
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public String getRecipient() { return recipient; }
    public String getPhone() { return phone; }
    public String getAddress() { return address; }
    public State getState() { return state; }
    public boolean isFreeOfCharge() { return freeOfCharge; }
    public String getCourier() { return courier; }
    public String getTrackingNumber() { return trackingNumber; }
    public Instant getRequestedAt() { return requestedAt; }
    public LocalDate getShipsOn() { return shipsOn; }
    public Instant getShippedAt() { return shippedAt; }
    public Instant getDeliveredAt() { return deliveredAt; }
}
