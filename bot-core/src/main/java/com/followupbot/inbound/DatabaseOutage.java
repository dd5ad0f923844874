package com.followupbot.inbound;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a database that cannot be reached (down, restarting, the network gone) from a bug. The first
 * is worth waiting out: the message is kept and replayed, and the user hears that we will retry; the
 * second gets the usual apology, since retrying would fail the same way.
 */
public final class DatabaseOutage {

    /**
     * Server states that mean "not now" rather than "never": 57P01 admin shutdown (pg_ctl stop -m fast
     * ends the sessions with it), 57P02 crash shutdown, 57P03 cannot connect now (starting or recovering).
     */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    /** Whether {@code failure} or one of its causes says the database could not be reached. */
    public static boolean explains(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (unreachable(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unreachable(Throwable t) {
        // Hikari throws SQLTransientConnectionException when no connection came within its timeout
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            // class 08 is "connection exception": refused, broken mid-statement (08006), closed (08003)
            return state.startsWith("08") || SERVER_GOING_AWAY.contains(state);
        }
        // the driver's I/O failures, when they surface unwrapped
        return t instanceof ConnectException || t instanceof EOFException
                || t instanceof SocketException && !(t.getCause() instanceof SQLException);
    }
}
