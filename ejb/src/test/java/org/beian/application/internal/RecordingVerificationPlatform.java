package org.beian.application.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.beian.application.port.ElectronicVerificationPlatform;

/** A platform that numbers its sessions, valid for ten minutes, and keeps what it was asked. */
final class RecordingVerificationPlatform implements ElectronicVerificationPlatform {

    private final List<Principal> opened = new ArrayList<>();
    private final List<String> cancelled = new ArrayList<>();

    @Override
    public Ticket open(Principal principal) {
        opened.add(principal);
        String reference = "ref-" + opened.size();
        return new Ticket(reference, "https://platform.example/v?t=" + reference, Instant.now().plus(Duration.ofMinutes(10)));
    }

    @Override
    public void cancel(String reference) {
        cancelled.add(reference);
    }

    List<Principal> opened() {
        return List.copyOf(opened);
    }

    List<String> cancelled() {
        return List.copyOf(cancelled);
    }
}
