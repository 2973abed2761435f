package org.beian.domain.model.check.catalogue;

/** How much a finding weighs: an error blocks submission; a warning is shown to applicant and reviewer. */
public enum Severity {
    ERROR,
    WARNING;

    public boolean blocksSubmission() {
        return this == ERROR;
    }
}
