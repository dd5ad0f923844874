package com.followupbot.slack.install;

import java.sql.SQLException;
import org.jdbi.v3.core.JdbiException;

/**
 * The installation store failed. Carries neither the cause nor its message on purpose: Jdbi renders a
 * statement's bound values into its exceptions and PostgreSQL reports a failing row with all its columns,
 * and Bolt logs these (and shows the message on the install page). Only the SQL state is kept.
 */
public final class InstallationStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private InstallationStoreException(String message) {
        super(message);
    }

    static InstallationStoreException of(String what, JdbiException failure) {
        return new InstallationStoreException(
                "could not " + what + " (" + failure.getClass().getSimpleName() + sqlState(failure) + ")");
    }

    private static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return ", SQL state " + sql.getSQLState();
            }
        }
        return "";
    }
}
