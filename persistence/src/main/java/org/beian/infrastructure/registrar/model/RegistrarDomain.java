package org.beian.infrastructure.registrar.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * STAND-IN: a domain as the stand-in registrar knows it (table {@code standin_registrar_domain}), seeded for
 * the demo and by tests. A real registration-data service has no such table.
 */
@Entity
@Table(name = "standin_registrar_domain")
public class RegistrarDomain {

    @Id
    @Column(length = 253)
    private String domain;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(length = 200)
    private String registrant;

    /** The registrar holding the registration (域名注册服务商), null when unknown. */
    @Column(name = "registrar_name", length = 200)
    private String registrarName;

    /** Where the registrar sits (province, city, district), as the public-security filing asks for it. */
    @Column(name = "registrar_region", length = 200)
    private String registrarRegion;

    protected RegistrarDomain() {}

    public RegistrarDomain(String domain, LocalDate expiresOn, String registrant) {
        this.domain = domain;
        this.expiresOn = expiresOn;
        this.registrant = registrant;
    }

    /** A new registration term or holder, as a registrar records a renewal or a transfer. */
    public void update(LocalDate expiresOn, String registrant) {
        this.expiresOn = expiresOn;
        this.registrant = registrant;
    }

    /** The registrar that holds the registration (a transfer moves it to another). */
    public void heldBy(String registrarName, String registrarRegion) {
        this.registrarName = registrarName;
        this.registrarRegion = registrarRegion;
    }

    public String getDomain() { return domain; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public String getRegistrant() { return registrant; }
    public String getRegistrarName() { return registrarName; }
    public String getRegistrarRegion() { return registrarRegion; }
}
