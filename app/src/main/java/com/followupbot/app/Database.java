package com.followupbot.app;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's database: the server named by {@code DATABASE_URL}, else an embedded PostgreSQL whose
 * data lives in {@code <data-dir>/pgdata}; either way behind a HikariCP pool.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final int POOL_SIZE = 10;

    private final DatabaseConfig config;
    private final HikariDataSource pool;
    private final EmbeddedDatabase embedded; // null for an external server

    private Database(DatabaseConfig config, HikariDataSource pool, EmbeddedDatabase embedded) {
        this.config = config;
        this.pool = pool;
        this.embedded = embedded;
    }

    public static Database open(Path dataDir, Terminal terminal) {
        String databaseUrl = terminal.variable("DATABASE_URL");
        if (databaseUrl != null) {
            DatabaseConfig config = DatabaseConfig.parse(databaseUrl);
            log.info("Using the PostgreSQL server at {}", config.describe());
            return new Database(config, pool(config), null);
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.start(dataDir.resolve("pgdata"));
        try {
            return new Database(embedded.config(), pool(embedded.config()), embedded);
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    static HikariDataSource pool(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(POOL_SIZE);
        hikari.setPoolName("followup-bot");
        return new HikariDataSource(hikari);
    }

    public DataSource dataSource() {
        return pool;
    }

    public DatabaseConfig config() {
        return config;
    }

    @Override
    public void close() {
        pool.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
