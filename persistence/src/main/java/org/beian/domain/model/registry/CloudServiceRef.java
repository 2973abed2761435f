package org.beian.domain.model.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A cloud service a website runs on (对应云服务): a server, web hosting, or a filing authorisation code. */
@Embeddable
public class CloudServiceRef {

    public enum Kind { SERVER, WEB_HOSTING, AUTHORISATION_CODE }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24)
    private Kind kind;

    /** The instance id of a server or hosting plan, or the authorisation code. */
    @Column(name = "resource_reference", nullable = false, length = 64)
    private String reference;

    @Column(name = "public_ip", length = 45)
    private String publicIp;

    protected CloudServiceRef() {}

    public CloudServiceRef(Kind kind, String reference, String publicIp) {
        this.kind = kind;
        this.reference = reference;
        this.publicIp = publicIp;
    }

    public Kind getKind() { return kind; }
    public String getReference() { return reference; }
    public String getPublicIp() { return publicIp; }
}
