package org.beian.application;

import java.util.List;
import org.beian.domain.model.filing.FilingOrder;

/** The pre-submission checks as the workflow needs them: the blocking findings of an order. */
public interface SubmissionChecks {

    /** Error findings (field path and message) that forbid submitting the order now. */
    List<BlockingFinding> blockingFindings(FilingOrder order, String filingPassword);

    record BlockingFinding(String code, String fieldPath, String message) implements java.io.Serializable {}
}
