package org.beian.domain.model.filing;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.beian.domain.model.filing.workflow.Actor;
import org.beian.domain.model.filing.workflow.FieldChange;
import org.beian.domain.model.filing.workflow.SnapshotChanges;

/**
 * A filing order (备案订单): one request to change the registry. It holds what it proposes as a
 * self-contained snapshot; the registry changes only when the bureau approves. Columns copied out of
 * the snapshot (province, subject name, certificate number, domains) exist only so queues and lookups
 * can use indexes.
 */
@Entity
@Table(name = "filing_order")
@NamedQuery(name = "FilingOrder.findByNumber", query = "SELECT o FROM FilingOrder o WHERE o.orderNumber = :number")
@NamedQuery(name = "FilingOrder.findByClientKey",
        query = "SELECT o FROM FilingOrder o WHERE o.accountId = :accountId AND o.clientKey = :clientKey")
@NamedQuery(name = "FilingOrder.findOtherInProgress",
        query = "SELECT o.orderNumber FROM FilingOrder o WHERE o.accountId = :accountId AND o.state IN :states "
                + "AND o.id <> :self ORDER BY o.createdAt")
@NamedQuery(name = "FilingOrder.claim",
        query = "UPDATE FilingOrder o SET o.claimedBy = :reviewer, o.claimExpiresAt = :until, o.version = o.version + 1 "
                + "WHERE o.orderNumber = :number AND (o.claimedBy IS NULL OR o.claimExpiresAt < :now OR o.claimedBy = :reviewer)")
@NamedQuery(name = "FilingOrder.listExpiringBetween",
        query = "SELECT NEW org.beian.domain.model.filing.DueOrder(o.orderNumber, o.accountId, o.state, o.expiresAt) "
                + "FROM FilingOrder o WHERE o.state IN :states AND o.expiresAt > :from AND o.expiresAt <= :to ORDER BY o.expiresAt")
@NamedQuery(name = "FilingOrder.listReviewsDueBetween",
        query = "SELECT NEW org.beian.domain.model.filing.DueOrder(o.orderNumber, o.accountId, o.state, o.reviewDueAt) "
                + "FROM FilingOrder o WHERE o.state IN :states AND o.reviewDueAt > :from AND o.reviewDueAt <= :to ORDER BY o.reviewDueAt")
@NamedQuery(name = "FilingOrder.listOpenByAccount",
        query = "SELECT NEW org.beian.domain.model.filing.OrderSummary(o.orderNumber, o.type, o.state, o.createdAt, o.subjectName, "
                + "o.reviewDueAt, o.bureauDueAt, o.expiresAt) FROM FilingOrder o WHERE o.accountId = :accountId "
                + "AND o.state NOT IN :finished ORDER BY o.createdAt DESC")
@NamedQuery(name = "FilingOrder.listFirstDomains",
        query = "SELECT o.orderNumber, d FROM FilingOrder o JOIN o.domains d WHERE o.orderNumber IN :numbers")
@NamedQuery(name = "FilingOrder.listByDomain",
        query = "SELECT DISTINCT o FROM FilingOrder o JOIN o.domains d WHERE d = :domain ORDER BY o.createdAt DESC")
public class FilingOrder {

    @Id
    @SequenceGenerator(name = "filing_order_seq", sequenceName = "filing_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "filing_order_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "order_number", nullable = false, unique = true, length = 20)
    private String orderNumber;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "order_type", nullable = false, length = 32)
    private OrderType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private OrderState state;

    /** The filed subject the order concerns; null for a first filing until approval. */
    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "province_code", nullable = false, length = 6)
    private String provinceCode;

    @Column(name = "subject_name", length = 200)
    private String subjectName;

    @Column(name = "subject_certificate_number", length = 64)
    private String subjectCertificateNumber;

    /** The subject's nature, copied out of the snapshot for the console's nature filter (V19). */
    @Column(name = "subject_nature", length = 32)
    private String subjectNature;

    @Convert(converter = FilingSnapshotConverter.class)
    @Column(nullable = false, length = 1000000)
    private FilingSnapshot snapshot;

    /**
     * What the order proposed when it was last rejected (by the reviewer or the bureau): the review
     * screen shows the resubmission's changes against it (issue 12), so a reviewer checks what changed.
     */
    @Convert(converter = FilingSnapshotConverter.class)
    @Column(name = "rejected_snapshot", length = 1000000)
    private FilingSnapshot rejectedSnapshot;

    /** The documents attached when it was last rejected ({@link #documentsFingerprint()}), beside {@link #rejectedSnapshot}. */
    @Column(name = "rejected_documents", length = 4000)
    private String rejectedDocuments;

    @ElementCollection
    @CollectionTable(name = "filing_order_domain", joinColumns = @JoinColumn(name = "order_id"))
    @Column(name = "domain", nullable = false, length = 253)
    private Set<String> domains = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "filing_order_document", joinColumns = @JoinColumn(name = "order_id"))
    private Set<OrderDocument> documents = new HashSet<>();

    /** The client's idempotency key: the same key from the same account means the same order. */
    @Column(name = "client_key", length = 64)
    private String clientKey;

    @Column(name = "assisted_correction_agreed", nullable = false)
    private boolean assistedCorrectionAgreed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "review_due_at")
    private Instant reviewDueAt;

    @Column(name = "bureau_due_at")
    private Instant bureauDueAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    /** The reviewer working on the order, until the claim expires; one at a time. */
    @Column(name = "claimed_by", length = 64)
    private String claimedBy;

    @Column(name = "claim_expires_at")
    private Instant claimExpiresAt;

    /** The client's key of the last submission: the same key again is the same submission. */
    @Column(name = "submission_key", length = 64)
    private String submissionKey;

    @Column(name = "bureau_submitted_at")
    private Instant bureauSubmittedAt;

    /** Where the order stands at the bureau while {@link OrderState#AT_BUREAU}; null in every other state. */
    @Enumerated(EnumType.STRING)
    @Column(name = "bureau_stage", length = 16)
    private BureauStage bureauStage;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<OrderHistoryEntry> history = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("createdAt, id")
    private List<ReviewRemark> remarks = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<OrderCorrection> corrections = new ArrayList<>();

    /** How the principal verifies in person; null until the applicant chooses (see {@link #chooseVerification}). */
    @Enumerated(EnumType.STRING)
    @Column(name = "verification_method", length = 16)
    private VerificationMethod verificationMethod;

    protected FilingOrder() {}

    public FilingOrder(long accountId, OrderType type, Long subjectId, FilingSnapshot snapshot, String clientKey,
                       String actor, Instant now) {
        this.accountId = accountId;
        this.type = Objects.requireNonNull(type);
        this.subjectId = subjectId;
        this.clientKey = clientKey;
        this.state = OrderState.DRAFT;
        this.createdAt = now;
        replaceSnapshot(snapshot, now);
        history.add(new OrderHistoryEntry(this, now, Actor.Kind.APPLICANT, actor, null, OrderState.DRAFT, null));
    }

    /** Set once, when the order is first stored: {@code yyMMdd} + the zero-padded id (13+ digits). */
    public void assignNumber(String orderNumber) {
        if (this.orderNumber != null) {
            throw new IllegalStateException("Order " + this.orderNumber + " already has a number");
        }
        this.orderNumber = Objects.requireNonNull(orderNumber);
    }

    /** Replaces what the order proposes. Only while the applicant may edit (see {@link OrderState#isEditable()}). */
    public void replaceSnapshot(FilingSnapshot snapshot, Instant now) {
        if (!state.isEditable()) {
            throw new IllegalStateException("Order " + orderNumber + " cannot be edited in state " + state);
        }
        setSnapshot(snapshot, now);
    }

    /**
     * A reviewer's assisted correction (协助更改) during the initial review: only while submitted and only
     * if the applicant agreed to the terms. The workflow's state machine records it in the history.
     */
    public void correctSnapshot(FilingSnapshot snapshot, List<FieldChange> changes, Instant now) {
        if (state != OrderState.SUBMITTED || !assistedCorrectionAgreed) {
            throw new IllegalStateException("Order " + orderNumber + " cannot be corrected in state " + state
                    + (assistedCorrectionAgreed ? "" : " without the applicant's agreement"));
        }
        setSnapshot(snapshot, now);
        for (FieldChange change : changes) {
            corrections.add(new OrderCorrection(this, now, change.path(), change.before(), change.after()));
        }
    }

    /**
     * The applicant chooses how the principal verifies: while the order awaits its photo (again). A
     * photo already under re-review keeps the way it came.
     */
    public void chooseVerification(VerificationMethod method, Instant now) {
        if (state != OrderState.AWAITING_PHOTO && state != OrderState.PHOTO_REJECTED) {
            throw new IllegalStateException("Order " + orderNumber + " does not await a photo in state " + state);
        }
        this.verificationMethod = Objects.requireNonNull(method);
        this.updatedAt = now;
    }

    private void setSnapshot(FilingSnapshot snapshot, Instant now) {
        this.snapshot = Objects.requireNonNull(snapshot);
        SubjectData subject = snapshot.subject();
        this.provinceCode = subject == null || subject.provinceCode() == null ? "000000" : subject.provinceCode();
        this.subjectName = subject == null ? null : subject.name();
        this.subjectNature = subject == null ? null : subject.nature();
        this.subjectCertificateNumber = subject == null ? null : subject.certificateNumber();
        this.domains = new HashSet<>(snapshot.domains());
        this.updatedAt = now;
    }

    /** The one way the state changes: the workflow's state machine decides whether it may. */
    public void moveTo(OrderState next, Actor actor, String reason, Instant now) {
        history.add(new OrderHistoryEntry(this, now, actor.kind(), actor.name(), state, next, reason));
        this.state = Objects.requireNonNull(next);
        this.updatedAt = now;
        if (next != OrderState.AT_BUREAU) {
            this.bureauStage = null;
        }
        if (next == OrderState.INITIAL_REJECTED || next == OrderState.BUREAU_REJECTED) {
            this.rejectedSnapshot = snapshot;
            this.rejectedDocuments = documentsFingerprint();
        }
        if (next == OrderState.APPROVED) {
            this.completedAt = now;
        }
    }

    public ReviewRemark addRemark(String fieldPath, String reason, String suggestion, String reasonCode, String reviewer, Instant now) {
        ReviewRemark remark = new ReviewRemark(this, fieldPath, reason, suggestion, reasonCode, reviewer, now);
        remarks.add(remark);
        return remark;
    }

    /** Attaching changes the order: its version moves, so a page that read it before learns of it. */
    public void attach(long documentId, String purpose, Instant now) {
        documents.removeIf(d -> d.getPurpose().equals(purpose));
        documents.add(new OrderDocument(documentId, purpose));
        this.updatedAt = now;
    }

    /** Removing a document changes the order too. */
    public void detach(String purpose, Instant now) {
        if (documents.removeIf(d -> d.getPurpose().equals(purpose))) {
            this.updatedAt = now;
        }
    }

    public void agreeToAssistedCorrection(boolean agreed) { this.assistedCorrectionAgreed = agreed; }

    public void markSubmitted(Instant at, Instant reviewDueAt) {
        this.submittedAt = at;
        this.reviewDueAt = reviewDueAt;
    }

    public void setBureauDueAt(Instant bureauDueAt) { this.bureauDueAt = bureauDueAt; }

    public void setExpiresAt(Instant expiresAt) { this.expiresAt = expiresAt; }

    public void linkSubject(long subjectId) { this.subjectId = subjectId; }

    public void rememberSubmissionKey(String key) { this.submissionKey = key; }

    public void markSentToBureau(Instant at) {
        this.bureauSubmittedAt = at;
        this.bureauStage = BureauStage.SMS_CHECK;
    }

    /** The ministry reported every principal's SMS answer: the bureau decides now. Only at the bureau. */
    public boolean smsCheckPassed(Instant now) {
        if (state != OrderState.AT_BUREAU || bureauStage == BureauStage.DECIDING) {
            return false;
        }
        this.bureauStage = BureauStage.DECIDING;
        this.updatedAt = now;
        return true;
    }

    public BureauStage getBureauStage() { return bureauStage; }

    /** Whether {@code reviewer} holds an unexpired claim on the order. */
    /**
     * Whether the applicant may replace the order's documents now (修改订单资料, beyond §1): while it waits for
     * the initial review and no reviewer holds it, so nobody reviews a document that changes under them.
     */
    public boolean materialsEditableUnderReview(Instant now) {
        return state == OrderState.SUBMITTED && (claimedBy == null || claimExpiresAt == null || !claimExpiresAt.isAfter(now));
    }

    public boolean isClaimedBy(String reviewer, Instant now) {
        return reviewer.equals(claimedBy) && claimExpiresAt != null && claimExpiresAt.isAfter(now);
    }

    public void releaseClaim() {
        this.claimedBy = null;
        this.claimExpiresAt = null;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getOrderNumber() { return orderNumber; }
    public long getAccountId() { return accountId; }
    public OrderType getType() { return type; }
    public OrderState getState() { return state; }
    public Long getSubjectId() { return subjectId; }
    public String getProvinceCode() { return provinceCode; }
    public String getSubjectName() { return subjectName; }
    public String getSubjectCertificateNumber() { return subjectCertificateNumber; }
    public FilingSnapshot getSnapshot() { return snapshot; }
    public Set<String> getDomains() { return Collections.unmodifiableSet(domains); }
    public Set<OrderDocument> getDocuments() { return Collections.unmodifiableSet(documents); }
    public String getClientKey() { return clientKey; }
    public boolean isAssistedCorrectionAgreed() { return assistedCorrectionAgreed; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getReviewDueAt() { return reviewDueAt; }
    public Instant getBureauDueAt() { return bureauDueAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getCompletedAt() { return completedAt; }
    public String getClaimedBy() { return claimedBy; }
    public Instant getClaimExpiresAt() { return claimExpiresAt; }
    public String getSubmissionKey() { return submissionKey; }
    public Instant getBureauSubmittedAt() { return bureauSubmittedAt; }
    public List<OrderHistoryEntry> getHistory() { return Collections.unmodifiableList(history); }
    /** Submitted again: the reviewer's open remarks have been answered. */
    public void resolveRemarks(Instant now) {
        remarks.stream().filter(r -> r.getResolvedAt() == null).forEach(r -> r.resolve(now));
    }

    /** What the order proposed when last rejected, or null if it never was. */
    public FilingSnapshot getRejectedSnapshot() { return rejectedSnapshot; }

    /**
     * Whether the order, back from a rejection, proposes exactly what it did then: the same snapshot and
     * the same documents. False when it was never rejected.
     */
    public boolean unchangedSinceRejection() {
        return rejectedSnapshot != null && SnapshotChanges.between(rejectedSnapshot, snapshot).isEmpty()
                && documentsFingerprint().equals(rejectedDocuments);
    }

    /** The attached documents as "purpose=id" pairs, sorted. */
    private String documentsFingerprint() {
        return documents.stream().map(d -> d.getPurpose() + "=" + d.getDocumentId()).sorted().collect(Collectors.joining(";"));
    }

    public List<ReviewRemark> getRemarks() { return Collections.unmodifiableList(remarks); }
    public List<OrderCorrection> getCorrections() { return Collections.unmodifiableList(corrections); }
    public VerificationMethod getVerificationMethod() { return verificationMethod; }
}
