package org.beian.application.port;

/** The persistence context of the current transaction, as the facades' failure translation needs it. */
public interface UnitOfWork {

    /** Writes pending changes now (if a transaction is active), so a conflict surfaces inside the facade call. */
    void flush();
}
