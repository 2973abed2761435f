package org.beian.domain.model.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A domain suffix and whether the ministry accepts filings under it, in both forms (中国 and
 * xn--fiqs8s): the checks compare a domain's suffix with either. Suffixes are switched off rather than
 * deleted, so the list also says what is known not to be fileable.
 */
@Entity
@Table(name = "fileable_tld")
@NamedQuery(name = "FileableTld.listAll", query = "SELECT t FROM FileableTld t ORDER BY t.secondLevel, t.ascii")
@NamedQuery(name = "FileableTld.findByAscii", query = "SELECT t FROM FileableTld t WHERE t.ascii = :ascii")
public class FileableTld {

    /** The Unicode form, as shown. */
    @Id
    @Column(length = 64)
    private String tld;

    @Column(nullable = false, length = 64)
    private String ascii;

    @Column(nullable = false)
    private boolean fileable;

    @Column(name = "is_country_code", nullable = false)
    private boolean countryCode;

    @Column(name = "is_second_level", nullable = false)
    private boolean secondLevel;

    @Column(length = 200)
    private String note;

    protected FileableTld() {}

    public FileableTld(FileableSuffix suffix, boolean fileable, String note) {
        this.tld = suffix.unicode();
        this.ascii = suffix.ascii();
        this.countryCode = suffix.countryCode();
        this.secondLevel = suffix.secondLevel();
        this.fileable = fileable;
        this.note = note;
    }

    public void setFileable(boolean fileable) { this.fileable = fileable; }

    public void setNote(String note) { this.note = note; }

    public String getTld() { return tld; }
    public String getAscii() { return ascii; }
    public boolean isFileable() { return fileable; }
    public boolean isCountryCode() { return countryCode; }
    public boolean isSecondLevel() { return secondLevel; }
    public String getNote() { return note; }

    @Override
    public String toString() {
        return "FileableTld[" + Objects.toString(tld) + "]";
    }
}
