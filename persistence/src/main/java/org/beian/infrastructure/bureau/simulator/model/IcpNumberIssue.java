package org.beian.infrastructure.bureau.simulator.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A subject number the simulated bureau issued; the sequence-generated id is the number's 8 digits. */
@Entity
@Table(name = "icp_number_issue")
public class IcpNumberIssue {

    @Id
    @SequenceGenerator(name = "icp_number_seq", sequenceName = "icp_number_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "icp_number_seq")
    private Long id;

    @Column(name = "order_number", nullable = false, length = 20)
    private String orderNumber;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected IcpNumberIssue() {}

    public IcpNumberIssue(String orderNumber, Instant issuedAt) {
        this.orderNumber = orderNumber;
        this.issuedAt = issuedAt;
    }

    public Long getId() { return id; }
}
