package org.beian.interfaces.web.view.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.beian.application.BusinessException;
import org.beian.application.desk.ReviewerDesk;
import org.beian.application.dto.Choice;
import org.beian.application.dto.QueuePage;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.QueueCursor;
import org.beian.domain.model.filing.QueueFilter;
import org.beian.domain.model.filing.QueueItem;
import org.beian.domain.model.filing.ReviewQueue;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.i18n.Messages;

/**
 * Backs /review/index.xhtml, the reviewers' console: one queue at a time, filtered and searched, paged
 * by keyset (next starts after the last row's key; previous goes back along the keys this view has
 * seen), with the count bounded at 10,000 and each order's claim holder shown.
 */
@Named("console")
@ViewScoped
public class ConsoleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;

    @Inject
    private ReviewerDesk reviewer;

    @Inject
    private Callers callers;

    private ReviewQueue queue = ReviewQueue.AWAITING_INITIAL_REVIEW;
    private String provinceCode;
    private OrderType type;
    private String claimedBy;
    private Integer olderThanDays;
    private String nature;
    private QueueFilter.Deadline deadline;
    private boolean newestFirst;
    private QueueFilter.SearchKind searchKind = QueueFilter.SearchKind.ORDER_NUMBER;
    private String search;

    /** Where the pages before this one started (null: the first page), oldest first; 上一页 goes back along them. */
    private final List<QueueCursor> starts = new ArrayList<>();
    private QueueCursor current;
    private QueuePage page;
    private List<Choice> provinces;
    private List<Choice> natures;

    @Inject
    private org.beian.interfaces.web.i18n.LocaleSelection localeSelection;
    /** The orders ticked in 待提交管局, handed to the bureau together. */
    private List<QueueItem> selected = new ArrayList<>();

    public QueuePage getPage() {
        if (page == null) {
            load();
        }
        return page;
    }

    private void load() {
        try {
            page = reviewer.queue(callers.current(), filter(), current, PAGE_SIZE);
        } catch (BusinessException e) {
            Messages.error("console:search", e.getMessageKey(), e.getArguments());
            page = new QueuePage(List.of(), 0, false, null);
        }
    }

    private QueueFilter filter() {
        return new QueueFilter(queue, provinceCode, type, claimedBy, olderThanDays, searchKind, search, nature, deadline, newestFirst);
    }

    /** A queue tab, the filters or the search changed: back to the first page. */
    public void apply() {
        selected = new ArrayList<>();
        starts.clear();
        current = null;
        load();
    }

    public void show(String queueName) {
        queue = ReviewQueue.valueOf(queueName);
        apply();
    }

    public void next() {
        if (getPage().next() != null) {
            starts.add(current);
            current = page.next();
            load();
        }
    }

    public void previous() {
        if (!starts.isEmpty()) {
            current = starts.remove(starts.size() - 1);
            load();
        }
    }

    /** Whether the queue is 待提交管局, where orders are ticked and handed over together. */
    public boolean isHandOver() {
        return queue == ReviewQueue.READY_FOR_BUREAU;
    }

    /** Hands the ticked orders to the bureau in one step (all or none: a refusal names the order and nothing is sent). */
    public void submitSelected() {
        if (selected == null || selected.isEmpty()) {
            Messages.error("console:handOver", "console.handOver.none");
            return;
        }
        List<String> numbers = selected.stream().map(QueueItem::orderNumber).toList();
        reviewer.submitToBureau(callers.current(), numbers);
        Messages.info("console.handOver.done", numbers.size());
        selected = new ArrayList<>();
        load();
    }

    public boolean isFirstPage() {
        return starts.isEmpty();
    }

    public int getPageNumber() {
        return starts.size() + 1;
    }

    /** "共 12 条" or "10,000+ 条". */
    public String getCountText() {
        QueuePage shown = getPage();
        return shown.capped() ? Messages.text("console.countCapped", shown.count()) : Messages.text("console.count", shown.count());
    }

    /** Who holds the order now, or null. */
    public String holder(QueueItem item) {
        return item.holder(Instant.now());
    }

    public boolean overdue(QueueItem item) {
        return item.reviewDueAt() != null && item.reviewDueAt().isBefore(Instant.now());
    }

    public List<ReviewQueue> getQueues() {
        return Arrays.asList(ReviewQueue.values());
    }

    public List<OrderType> getTypes() {
        return Arrays.asList(OrderType.values());
    }

    public List<QueueFilter.SearchKind> getSearchKinds() {
        return Arrays.asList(QueueFilter.SearchKind.values());
    }

    public List<Choice> getProvinces() {
        if (provinces == null) {
            provinces = reviewer.provinces();
        }
        return provinces;
    }

    /** The province's name for a row (the list holds the code). */
    public String provinceName(String code) {
        return getProvinces().stream().filter(c -> c.code().equals(code)).map(Choice::label).findFirst().orElse(code);
    }

    public List<Choice> getNatures() {
        if (natures == null) {
            natures = reviewer.natures(localeSelection.getLocale());
        }
        return natures;
    }

    public String getNature() { return nature; }
    public void setNature(String nature) { this.nature = nature; }
    public QueueFilter.Deadline[] getDeadlines() { return QueueFilter.Deadline.values(); }
    public QueueFilter.Deadline getDeadline() { return deadline; }
    public void setDeadline(QueueFilter.Deadline deadline) { this.deadline = deadline; }
    public boolean isNewestFirst() { return newestFirst; }
    public void setNewestFirst(boolean newestFirst) { this.newestFirst = newestFirst; }
    public ReviewQueue getQueue() { return queue; }
    public List<QueueItem> getSelected() { return selected; }
    public void setSelected(List<QueueItem> selected) { this.selected = selected; }
    public String getProvinceCode() { return provinceCode; }
    public void setProvinceCode(String provinceCode) { this.provinceCode = provinceCode; }
    public OrderType getType() { return type; }
    public void setType(OrderType type) { this.type = type; }
    public String getClaimedBy() { return claimedBy; }
    public void setClaimedBy(String claimedBy) { this.claimedBy = claimedBy; }
    public Integer getOlderThanDays() { return olderThanDays; }
    public void setOlderThanDays(Integer olderThanDays) { this.olderThanDays = olderThanDays; }
    public QueueFilter.SearchKind getSearchKind() { return searchKind; }
    public void setSearchKind(QueueFilter.SearchKind searchKind) { this.searchKind = searchKind; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
}
