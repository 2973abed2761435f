package org.beian.domain.model.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A place where website principals have the verification photo taken (拍照核验点): shown to applicants
 * per province on a map. A point closed for a while is deactivated (applicants no longer see it) rather
 * than deleted, so it comes back with its details; nothing else refers to a point, so deleting is safe too.
 */
@Entity
@Table(name = "verification_point")
@NamedQuery(name = "VerificationPoint.listByProvince",
        query = "SELECT p FROM VerificationPoint p WHERE p.provinceCode = :province ORDER BY p.id")
public class VerificationPoint {

    @Id
    @SequenceGenerator(name = "verification_point_seq", sequenceName = "verification_point_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verification_point_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "province_code", nullable = false, length = 6)
    private String provinceCode;

    @Column(nullable = false, length = 128)
    private String name;

    @Column(nullable = false, length = 300)
    private String address;

    @Column(name = "opening_hours", nullable = false, length = 128)
    private String openingHours;

    @Column(length = 32)
    private String phone;

    @Column(nullable = false, precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(nullable = false, precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(nullable = false)
    private boolean active;

    protected VerificationPoint() {}

    public VerificationPoint(String provinceCode, String name, String address, String openingHours, String phone,
                             BigDecimal latitude, BigDecimal longitude) {
        this.provinceCode = Objects.requireNonNull(provinceCode);
        change(name, address, openingHours, phone, latitude, longitude);
        this.active = true;
    }

    /** The point's details; its province stays (a point that moves to another province is another point). */
    public void change(String name, String address, String openingHours, String phone, BigDecimal latitude, BigDecimal longitude) {
        this.name = Objects.requireNonNull(name);
        this.address = Objects.requireNonNull(address);
        this.openingHours = Objects.requireNonNull(openingHours);
        this.phone = phone;
        this.latitude = Objects.requireNonNull(latitude);
        this.longitude = Objects.requireNonNull(longitude);
    }

    public void setActive(boolean active) { this.active = active; }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getProvinceCode() { return provinceCode; }
    public String getName() { return name; }
    public String getAddress() { return address; }
    public String getOpeningHours() { return openingHours; }
    public String getPhone() { return phone; }
    public BigDecimal getLatitude() { return latitude; }
    public BigDecimal getLongitude() { return longitude; }
    public boolean isActive() { return active; }
}
