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
 * One field a reviewer's assisted correction (协助更改) changed, before and after, so that the applicant
 * sees on the field what was changed for them. Never changed once written.
 */
@Entity
@Table(name = "order_correction")
public class OrderCorrection {

    /** The longest value kept; longer ones are cut (the history keeps the reviewer's reason). */
    static final int MAX_VALUE_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "order_correction_seq", sequenceName = "order_correction_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_correction_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private FilingOrder order;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "field_path", nullable = false, length = 200)
    private String fieldPath;

    @Column(name = "before_value", length = MAX_VALUE_LENGTH)
    private String before;

    @Column(name = "after_value", length = MAX_VALUE_LENGTH)
    private String after;

    protected OrderCorrection() {}

    OrderCorrection(FilingOrder order, Instant occurredAt, String fieldPath, String before, String after) {
        this.order = order;
        this.occurredAt = occurredAt;
        this.fieldPath = fieldPath;
        this.before = cut(before);
        this.after = cut(after);
    }

    private static String cut(String value) {
        return value == null || value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }

    public Instant getOccurredAt() { return occurredAt; }
    public String getFieldPath() { return fieldPath; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
}
