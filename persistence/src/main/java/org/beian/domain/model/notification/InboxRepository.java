package org.beian.domain.model.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The in-app inbox: every query by account runs on the (account, created) index. */
public interface InboxRepository {

    InboxMessage add(InboxMessage message);

    Optional<InboxMessage> find(long id);

    /** Whether the account was already told of the event (a redelivered event plans nothing). */
    boolean hasMessageFor(long accountId, String eventId);

    /** Newest first. */
    List<InboxMessage> listByAccount(long accountId, int first, int max);

    long countByAccount(long accountId);

    long countUnread(long accountId);

    /** Marks every unread message of the account read in one UPDATE; returns how many. */
    int markAllRead(long accountId, Instant now);
}
