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

    static Transactions of(Jdbi jdbi) {
        return new Transactions() {
            @Override
            public <T> T inOne(Supplier<T> work) {
                return jdbi.inTransaction(handle -> work.get());
            }
        };
    }
}
