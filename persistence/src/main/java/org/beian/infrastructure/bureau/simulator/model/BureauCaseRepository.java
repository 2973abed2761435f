package org.beian.infrastructure.bureau.simulator.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The bureau simulator's cases, SMS checks and issued numbers (stand-in tables, not the desk's own). */
public interface BureauCaseRepository {

    Optional<BureauCase> find(long id);

    Optional<BureauCase> findByOrder(String orderNumber);

    /** Cases whose decision is due, at most {@code max}. */
    List<Long> listDue(Instant now, int max);

    /** Cases still in the SMS check whose codes have expired, at most {@code max}. */
    List<Long> listWithExpiredChecks(Instant now, int max);

    /** Open SMS checks for a mobile, newest first. */
    List<SmsCheck> listOpenChecksByMobile(String mobile);

    BureauCase add(BureauCase bureauCase);

    /** Removes the case and writes that now, so a new case for the same order may follow. */
    void remove(BureauCase bureauCase);

    /** Persists the issue and so draws the next number of the sequence. */
    IcpNumberIssue add(IcpNumberIssue issue);

    void flush();
}
