package org.beian.interfaces.web.view.inbox;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.beian.application.desk.AccountDesk;
import org.beian.application.dto.InboxView;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.Messages;
import org.primefaces.event.ToggleEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.Visibility;

/**
 * Backs /inbox/index.xhtml: the caller's messages newest first, a page at a time from the database;
 * opening one marks it read; "mark all read". Serializable state only (the page is view-scoped in a
 * distributable application).
 */
@Named("inbox")
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountDesk accounts;

    @Inject
    private Callers callers;

    @Inject
    private InboxBadge badge;

    private final LazyDataModel<InboxView> model = new Page();

    public LazyDataModel<InboxView> getModel() {
        return model;
    }

    public void opened(ToggleEvent event) {
        if (event.getVisibility() == Visibility.VISIBLE && event.getData() instanceof InboxView message && !message.read()) {
            accounts.markRead(callers.current(), message.id());
            badge.refresh();
        }
    }

    public void markAllRead() {
        int marked = accounts.markAllRead(callers.current());
        badge.refresh();
        Messages.info("inbox.markedAllRead", marked);
    }

    /** One page of the inbox; the count comes from the same account's index. */
    private final class Page extends LazyDataModel<InboxView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, accounts.inboxSize(callers.current()));
        }

        @Override
        public List<InboxView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return accounts.inbox(callers.current(), first, pageSize);
        }

        @Override
        public String getRowKey(InboxView message) {
            return String.valueOf(message.id());
        }

        @Override
        public InboxView getRowData(String rowKey) {
            List<InboxView> shown = getWrappedData();
            return shown == null ? null : shown.stream().filter(m -> String.valueOf(m.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
