package com.followupbot.app;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's database: the server named by {@code DATABASE_URL}, else an embedded PostgreSQL whose
 * data lives in {@code <data-dir>/pgdata}; either way behind a HikariCP pool. What the user can fix
 * (the URL, the server being down, the login, the data directory) fails with a
 * {@link StartupException} that names the setting.
 */
public final class Database implements AutoCloseable {

    static final String URL_VARIABLE = "DATABASE_URL";

    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final int POOL_SIZE = 10;
    /**
     * How long to wait for a connection, the first one included: a server that is down or a host that
     * does not answer fails the start within seconds instead of Hikari's default 30, and while the server
     * is away mid-run each message gets the bot's "I can't reach my database" within this time.
     * {@value #TIMEOUT_VARIABLE} (seconds) changes it, for a slow network to a remote server.
     */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);
    static final String TIMEOUT_VARIABLE = "FOLLOWUP_DB_TIMEOUT";
    /** The file, in the data directory, where messages wait while the database is away. */
    static final String HOLD_FILE = "held-messages.jsonl";

    private final DatabaseConfig config;
    private final Duration timeout;
    private final HikariDataSource pool;
    private final EmbeddedDatabase embedded; // null for an external server
    private final DatabaseWatchdog watchdog; // null for an external server

    private Database(DatabaseConfig config, Duration timeout, HikariDataSource pool, EmbeddedDatabase embedded) {
        this.config = config;
        this.timeout = timeout;
        this.pool = pool;
        this.embedded = embedded;
        this.watchdog = embedded == null ? null : DatabaseWatchdog.watch(embedded, DatabaseWatchdog.INTERVAL);
    }

    public static Database open(DataDirectory dataDir, Terminal terminal) {
        String databaseUrl = terminal.variable(URL_VARIABLE);
        if (databaseUrl != null) {
            DatabaseConfig config;
            try {
                config = DatabaseConfig.parse(databaseUrl);
            } catch (IllegalArgumentException e) {
                throw new StartupException(ExitCodes.CONFIGURATION, e.getMessage(), e);
            }
            Duration timeout = connectionTimeout(terminal);
            config = config.withConnectLimits(timeout);
            HikariDataSource pool = external(config, timeout);
            log.info("Using the PostgreSQL server at {}", config.describe());
            return new Database(config, timeout, pool, null);
        }
        dataDir.prepare();
        dataDir.checkPostgresVersion(BundledPostgres.major());
        EmbeddedDatabase embedded;
        try {
            embedded = EmbeddedDatabase.start(dataDir.pgdata());
        } catch (DataDirectoryLock.InUseException e) {
            throw dataDir.inUse(e);
        }
        try {
            Duration timeout = connectionTimeout(terminal);
            DatabaseConfig config = embedded.config().withConnectLimits(timeout);
            return new Database(config, timeout, pool(config, timeout), embedded);
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    /** The pool on the server named by DATABASE_URL; what stops its first connection, said in one line. */
    private static HikariDataSource external(DatabaseConfig config, Duration timeout) {
        try {
            return pool(config, timeout);
        } catch (HikariPool.PoolInitializationException e) {
            throw connectionFailure(config, e);
        }
    }

    static HikariDataSource pool(DatabaseConfig config) {
        return new HikariDataSource(poolConfig(config));
    }

    static HikariDataSource pool(DatabaseConfig config, Duration timeout) {
        HikariConfig hikari = poolConfig(config);
        hikari.setConnectionTimeout(timeout.toMillis());
        return new HikariDataSource(hikari);
    }

    /** {@value #TIMEOUT_VARIABLE} in whole seconds, else {@link #CONNECTION_TIMEOUT}. */
    static Duration connectionTimeout(Terminal terminal) {
        String value = terminal.variable(TIMEOUT_VARIABLE);
        if (value == null || value.isBlank()) {
            return CONNECTION_TIMEOUT;
        }
        try {
            long seconds = Long.parseLong(value.strip());
            if (seconds >= 1 && seconds <= 300) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new StartupException(ExitCodes.CONFIGURATION, TIMEOUT_VARIABLE + ": expected whole seconds from 1 to 300", null);
    }

    static HikariConfig poolConfig(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(POOL_SIZE);
        hikari.setPoolName("followup-bot");
        hikari.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        // the driver's own limits on opening a connection (TCP connect, then SSL and login), which it would
        // otherwise not have: a server that accepts but never answers would hang the start. A value in
        // the URL wins over these.
        String seconds = Long.toString(CONNECTION_TIMEOUT.toSeconds());
        hikari.addDataSourceProperty("connectTimeout", seconds);
        hikari.addDataSourceProperty("loginTimeout", seconds);
        // one attempt at start: fail at once when it fails, rather than start a pool that cannot connect
        hikari.setInitializationFailTimeout(1);
        return hikari;
    }

    /** Reads the driver's error (SQLSTATE, then the network cause) into a line that names DATABASE_URL. */
    static StartupException connectionFailure(DatabaseConfig config, Exception failure) {
        String server = config.server();
        PSQLException psql = cause(failure, PSQLException.class);
        String state = psql != null && psql.getSQLState() != null ? psql.getSQLState() : "";
        String said = serverMessage(psql);
        if (state.startsWith("28")) { // invalid authorization: wrong password, unknown role, no pg_hba.conf entry
            return new StartupException(ExitCodes.CONFIGURATION, URL_VARIABLE + ": PostgreSQL at " + server
                    + " refused the login" + (said == null ? "" : " (" + said + ")")
                    + ". Check the user and password in " + URL_VARIABLE + ".", failure);
        }
        if (state.equals("3D000")) { // invalid catalog name: no such database
            return new StartupException(ExitCodes.CONFIGURATION, URL_VARIABLE + ": PostgreSQL at " + server
                    + " has no such database" + (said == null ? "" : " (" + said + ")")
                    + ". Create it (createdb) or fix the database name in " + URL_VARIABLE + ".", failure);
        }
        String why;
        if (cause(failure, ConnectException.class) != null) {
            why = "connection refused";
        } else if (cause(failure, UnknownHostException.class) != null) {
            why = "unknown host";
        } else if (cause(failure, NoRouteToHostException.class) != null) {
            why = "no route to the host";
        } else if (cause(failure, SocketTimeoutException.class) != null
                || psql != null && String.valueOf(psql.getMessage()).contains("timed out")) {
            why = "no answer within " + CONNECTION_TIMEOUT.toSeconds() + " s";
        } else if (said != null) {
            why = said;
        } else if (cause(failure, SQLException.class) != null) {
            why = cause(failure, SQLException.class).getMessage();
        } else {
            why = failure.getClass().getSimpleName();
        }
        return new StartupException(ExitCodes.DATABASE_UNAVAILABLE, URL_VARIABLE + ": cannot connect to PostgreSQL at "
                + server + " (" + oneLine(why).replaceAll("\\.$", "") + "). Check that the server is running and that " + URL_VARIABLE
                + " names its host and port.", failure);
    }

    /** The server's own words ("role \"x\" does not exist"), without the severity. */
    private static String serverMessage(PSQLException psql) {
        ServerErrorMessage message = psql == null ? null : psql.getServerErrorMessage();
        return message == null || message.getMessage() == null ? null : oneLine(message.getMessage());
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** The server and login, with the driver's connect limits in the URL: other pools on it (Quartz's) get them too. */
    public DatabaseConfig config() {
        return config;
    }

    /** How long the pool waits for a connection ({@value #TIMEOUT_VARIABLE}); other pools on the database wait as long. */
    public Duration connectionTimeout() {
        return timeout;
    }

    /** The embedded server, empty for an external one. */
    java.util.Optional<EmbeddedDatabase> embedded() {
        return java.util.Optional.ofNullable(embedded);
    }

    @Override
    public void close() {
        if (watchdog != null) {
            watchdog.close(); // first: it must not start the server again while we stop it
        }
        pool.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
