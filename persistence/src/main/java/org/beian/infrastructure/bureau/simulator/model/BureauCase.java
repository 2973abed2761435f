package org.beian.infrastructure.bureau.simulator.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An order as the simulated bureau holds it: the ministry's SMS checks, then a decision when due. */
@Entity
@Table(name = "bureau_case")
@NamedQuery(name = "BureauCase.findByOrder", query = "SELECT c FROM BureauCase c WHERE c.orderNumber = :orderNumber")
@NamedQuery(name = "BureauCase.listDue",
        query = "SELECT c FROM BureauCase c WHERE c.state = org.beian.infrastructure.bureau.simulator.model.BureauCase.State.DECIDING "
                + "AND c.decideAfter <= :now ORDER BY c.decideAfter")
@NamedQuery(name = "BureauCase.listChecking",
        query = "SELECT DISTINCT c FROM BureauCase c JOIN c.checks k WHERE c.state = org.beian.infrastructure.bureau.simulator.model.BureauCase.State.SMS_CHECK "
                + "AND k.verifiedAt IS NULL AND k.expiresAt <= :now")
public class BureauCase {

    public enum State { SMS_CHECK, DECIDING, DECIDED, RETURNED }

    public enum Decision { APPROVE, REJECT }

    @Id
    @SequenceGenerator(name = "bureau_case_seq", sequenceName = "bureau_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bureau_case_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "order_number", nullable = false, unique = true, length = 20)
    private String orderNumber;

    @Column(name = "order_type", nullable = false, length = 32)
    private String orderType;

    @Column(name = "province_code", nullable = false, length = 6)
    private String provinceCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "decide_after")
    private Instant decideAfter;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Decision decision;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @OneToMany(mappedBy = "bureauCase", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<SmsCheck> checks = new ArrayList<>();

    protected BureauCase() {}

    public BureauCase(String orderNumber, String orderType, String provinceCode, Instant receivedAt) {
        this.orderNumber = orderNumber;
        this.orderType = orderType;
        this.provinceCode = provinceCode;
        this.receivedAt = receivedAt;
        this.state = State.SMS_CHECK;
    }

    public SmsCheck addCheck(String role, String name, String mobile, String idLast6, String codeHash, Instant sentAt, Instant expiresAt) {
        SmsCheck check = new SmsCheck(this, role, name, mobile, idLast6, codeHash, sentAt, expiresAt);
        checks.add(check);
        return check;
    }

    /** All people verified (or none needed): the bureau decides after the delay. */
    public void startDeciding(Instant decideAfter) {
        this.state = State.DECIDING;
        this.decideAfter = decideAfter;
    }

    public void decide(Decision decision, String reason, Instant at) {
        this.state = State.DECIDED;
        this.decision = decision;
        this.decisionReason = reason;
        this.decidedAt = at;
    }

    /** The SMS check failed: the order goes back to the provider. */
    public void returnToProvider(String reason, Instant at) {
        this.state = State.RETURNED;
        this.decisionReason = reason;
        this.decidedAt = at;
    }

    public boolean allVerified() {
        return checks.stream().allMatch(SmsCheck::isVerified);
    }

    public Long getId() { return id; }
    public String getOrderNumber() { return orderNumber; }
    public String getOrderType() { return orderType; }
    public String getProvinceCode() { return provinceCode; }
    public State getState() { return state; }
    public Instant getDecideAfter() { return decideAfter; }
    public Decision getDecision() { return decision; }
    public String getDecisionReason() { return decisionReason; }
    public List<SmsCheck> getChecks() { return Collections.unmodifiableList(checks); }
}
