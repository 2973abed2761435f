package org.beian.domain.model.filing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A reviewer's remark on one field of the order (field path such as {@code subject.principal.mobile} or
 * {@code websites[1].domains[0]}): what is wrong and how to fix it. The applicant sees it on the field.
 */
@Entity
@Table(name = "review_remark")
public class ReviewRemark {

    @Id
    @SequenceGenerator(name = "review_remark_seq", sequenceName = "review_remark_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_remark_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private FilingOrder order;

    @Column(name = "field_path", nullable = false, length = 200)
    private String fieldPath;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(length = 1000)
    private String suggestion;

    /** The reason template the reviewer started from, or null for a reason in their own words. */
    @Column(name = "reason_code", length = 48)
    private String reasonCode;

    @Column(nullable = false, length = 64)
    private String reviewer;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected ReviewRemark() {}

    ReviewRemark(FilingOrder order, String fieldPath, String reason, String suggestion, String reasonCode, String reviewer,
                 Instant createdAt) {
        this.order = order;
        this.reasonCode = reasonCode;
        this.fieldPath = fieldPath;
        this.reason = reason;
        this.suggestion = suggestion;
        this.reviewer = reviewer;
        this.createdAt = createdAt;
    }

    public void resolve(Instant now) { this.resolvedAt = now; }

    public Long getId() { return id; }
    public String getFieldPath() { return fieldPath; }
    public String getReason() { return reason; }
    public String getSuggestion() { return suggestion; }
    public String getReasonCode() { return reasonCode; }
    public String getReviewer() { return reviewer; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getResolvedAt() { return resolvedAt; }
}
