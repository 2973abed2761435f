package org.beian.application;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Submission refused: the pre-submission checks found errors; each names its field and the fix. */
@ApplicationException(rollback = true)
public class ChecksFailedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<SubmissionChecks.BlockingFinding> findings;

    public ChecksFailedException(String orderNumber, List<SubmissionChecks.BlockingFinding> findings) {
        super("error.submit.checksFailed", orderNumber, findings.size());
        this.findings = List.copyOf(findings);
    }

    public List<SubmissionChecks.BlockingFinding> getFindings() { return findings; }
}
