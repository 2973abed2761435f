package org.beian.domain.model.filing;

import java.util.List;
import java.util.Optional;

public interface FilingOrderRepository {

    Optional<FilingOrder> findByNumber(String orderNumber);

    /** Like {@link #findByNumber} but fails when the order does not exist. */
    FilingOrder getByNumber(String orderNumber);

    Optional<FilingOrder> findByClientKey(long accountId, String clientKey);

    List<FilingOrder> listByDomain(String domain);

    /** Persists a new order and gives it its order number. */
    FilingOrder add(FilingOrder order);

    /** Writes pending changes now, so that a concurrent change is detected inside the caller's code. */
    void flush();
}
