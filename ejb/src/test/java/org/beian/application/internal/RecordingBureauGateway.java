package org.beian.application.internal;

import java.util.ArrayList;
import java.util.List;
import org.beian.application.port.BureauGateway;
import org.beian.application.port.BureauSubmission;

/** Keeps what was handed to the bureau instead of putting it on the bureau queue. */
final class RecordingBureauGateway implements BureauGateway {

    private final List<BureauSubmission> submitted = new ArrayList<>();

    @Override
    public void submit(BureauSubmission submission) {
        submitted.add(submission);
    }

    List<BureauSubmission> submitted() {
        return List.copyOf(submitted);
    }
}
