package org.beian.application;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.beian.application.dto.BlockingFinding;

/** Submission refused: the pre-submission checks found errors; each names its field and the fix. */
@ApplicationException(rollback = true)
public class ChecksFailedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<BlockingFinding> findings;

    public ChecksFailedException(String orderNumber, List<BlockingFinding> findings) {
        super("error.submit.checksFailed", orderNumber, findings.size());
        this.findings = List.copyOf(findings);
    }

    public List<BlockingFinding> getFindings() { return findings; }
}
