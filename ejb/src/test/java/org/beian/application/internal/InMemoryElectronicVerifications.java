package org.beian.application.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.beian.domain.model.verification.ElectronicVerification;
import org.beian.domain.model.verification.ElectronicVerificationRepository;

/** Electronic verification sessions in a list; {@link #add} gives the id. */
final class InMemoryElectronicVerifications implements ElectronicVerificationRepository {

    private final List<ElectronicVerification> sessions = new ArrayList<>();
    private long nextId = 1000;

    @Override
    public ElectronicVerification add(ElectronicVerification verification) {
        Wiring.setField(verification, "id", nextId++);
        sessions.add(verification);
        return verification;
    }

    @Override
    public Optional<ElectronicVerification> findByReference(String reference) {
        return sessions.stream().filter(s -> s.getReference().equals(reference)).findFirst();
    }

    @Override
    public Optional<ElectronicVerification> findLatest(String orderNumber) {
        return sessions.stream().filter(s -> s.getOrderNumber().equals(orderNumber))
                .max(Comparator.comparing(ElectronicVerification::getCreatedAt).thenComparing(ElectronicVerification::getId));
    }

    List<ElectronicVerification> all() {
        return List.copyOf(sessions);
    }
}
