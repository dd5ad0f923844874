package com.followupbot.app;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.quartz.utils.ConnectionProvider;

/**
 * Quartz's connections, from a pool configured as the bot's own ({@link Database#pool}): the same wait for a
 * connection and the same driver limits. Quartz's built-in Hikari provider leaves Hikari's 30 s wait, so each
 * of its attempts during an outage took 30 s. Quartz makes it by class name and sets it up through setters.
 */
public final class QuartzConnections implements ConnectionProvider {

    private String jdbcUrl;
    private String user;
    private String password;
    private int maxConnections = 4;
    private int timeoutSeconds = (int) Database.CONNECTION_TIMEOUT.toSeconds();
    private HikariDataSource pool;

    public void setJdbcUrl(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public void setTimeoutSeconds(int timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public void initialize() {
        var hikari = Database.poolConfig(new DatabaseConfig(jdbcUrl, user, password));
        hikari.setConnectionTimeout(Duration.ofSeconds(timeoutSeconds).toMillis());
        hikari.setMaximumPoolSize(maxConnections);
        hikari.setPoolName("quartz");
        hikari.setInitializationFailTimeout(-1); // Quartz retries on its own; a start must not depend on this pool's first try
        pool = new HikariDataSource(hikari);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void shutdown() {
        pool.close();
    }
}
