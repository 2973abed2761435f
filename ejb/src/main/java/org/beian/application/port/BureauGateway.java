package org.beian.application.port;

/**
 * The way to the provincial bureau (管局). Submission is asynchronous: the outcome comes back later
 * through {@link org.beian.application.desk.BureauDesk}. The built-in simulator stands behind it unless a real gateway
 * is configured.
 */
public interface BureauGateway {

    /** Hands the order over; called inside the transaction that moved it to the bureau. */
    void submit(BureauSubmission submission);
}
