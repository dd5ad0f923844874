package com.followupbot.slack.install;

import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** Transactions whose failures never carry a token: see {@link InstallationStoreException}. */
final class SafeTransactions {

    private final Jdbi jdbi;

    SafeTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Runs {@code work} in a transaction; {@code what} ("save the bot of workspace T1") names a failure. */
    <R> R run(String what, Function<Handle, R> work) {
        try {
            return jdbi.inTransaction(work::apply);
        } catch (JdbiException e) {
            throw InstallationStoreException.of(what, e);
        }
    }

    Jdbi jdbi() {
        return jdbi;
    }
}
