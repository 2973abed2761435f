package org.beian.interfaces.web.view.inbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.beian.application.desk.AccountDesk;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.view.CurrentUser;

/** The unread count in the header: one indexed count per request, only for a signed-in caller. */
@Named
@RequestScoped
public class InboxBadge {

    @Inject
    private AccountDesk accounts;

    @Inject
    private Callers callers;

    @Inject
    private CurrentUser currentUser;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = currentUser.isSignedIn() ? accounts.unreadCount(callers.current()) : 0L;
        }
        return unread;
    }

    /** After the inbox page marked messages read in this request. */
    public void refresh() {
        unread = null;
    }
}
