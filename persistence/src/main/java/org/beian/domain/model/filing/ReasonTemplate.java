package org.beian.domain.model.filing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;

/**
 * A reason reviewers give often, kept by administrators: chosen in the review screen, its text becomes
 * the remark's reason (the reviewer may adapt it) and its code stays on the remark, so the dashboard can
 * rank reasons. A template no longer offered is deactivated, not deleted: old remarks still name it.
 */
@Entity
@Table(name = "reason_template")
@NamedQuery(name = "ReasonTemplate.listAll", query = "SELECT t FROM ReasonTemplate t ORDER BY t.sortOrder, t.id")
@NamedQuery(name = "ReasonTemplate.findByCode", query = "SELECT t FROM ReasonTemplate t WHERE t.code = :code")
public class ReasonTemplate {

    @Id
    @SequenceGenerator(name = "reason_template_seq", sequenceName = "reason_template_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reason_template_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 48)
    private String code;

    @Column(name = "text_zh", nullable = false, length = 1000)
    private String textZh;

    @Column(name = "text_en", nullable = false, length = 1000)
    private String textEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    protected ReasonTemplate() {}

    public ReasonTemplate(String code, String textZh, String textEn, int sortOrder) {
        this.code = Objects.requireNonNull(code);
        change(textZh, textEn, sortOrder, true);
    }

    public void change(String textZh, String textEn, int sortOrder, boolean active) {
        this.textZh = Objects.requireNonNull(textZh);
        this.textEn = Objects.requireNonNull(textEn);
        this.sortOrder = sortOrder;
        this.active = active;
    }

    /** The text in the reader's language: Chinese unless the locale is another language. */
    public String text(Locale locale) {
        return locale == null || "zh".equals(locale.getLanguage()) ? textZh : textEn;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getCode() { return code; }
    public String getTextZh() { return textZh; }
    public String getTextEn() { return textEn; }
    public int getSortOrder() { return sortOrder; }
    public boolean isActive() { return active; }
}
