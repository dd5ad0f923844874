package com.followupbot;

import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs work of several features as one database transaction: a change and its journal entry commit
 * together or not at all. Every storage class joins it, because Jdbi hands nested calls on one thread
 * the same handle.
 */
public interface Transactions {

    <T> T inOne(Supplier<T> work);

    default void inOne(Runnable work) {
        inOne(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs work whose failure undoes its own changes only: inside an open transaction, a savepoint rolled back
     * to when the work throws (the rest of the transaction goes on if the caller handles the failure); with
     * none open, a transaction of its own.
     */
    <T> T undoneOnFailure(Supplier<T> work);

    static Transactions of(Jdbi jdbi) {
        return new Transactions() {
            @Override
            public <T> T inOne(Supplier<T> work) {
                return jdbi.inTransaction(handle -> work.get());
            }

            @Override
            public <T> T undoneOnFailure(Supplier<T> work) {
                return jdbi.withHandle(handle -> {
                    if (!handle.isInTransaction()) {
                        return handle.inTransaction(h -> work.get());
                    }
                    String name = "undone_on_failure"; // nested ones may share it: PostgreSQL takes the newest
                    handle.savepoint(name);
                    try {
                        T result = work.get();
                        handle.releaseSavepoint(name);
                        return result;
                    } catch (RuntimeException e) {
                        try {
                            handle.rollbackToSavepoint(name);
                        } catch (RuntimeException alsoFailed) { // the connection is gone: the transaction with it
                            e.addSuppressed(alsoFailed);
                        }
                        throw e;
                    }
                });
            }
        };
    }
}
