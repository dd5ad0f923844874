package com.followupbot.testing;

import com.followupbot.migrations.Migrations;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A real PostgreSQL for tests: one embedded server per test JVM, the schema migrated once into a
 * template database, and a fresh database cloned from it for each caller (a clone takes milliseconds).
 */
public final class TestDatabase {

    private static final String TEMPLATE = "followup_template";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabase() {
    }

    /** A new, empty, fully migrated database. The pool is closed when the JVM ends. */
    public static HikariDataSource fresh() {
        String name = "test_" + COUNTER.incrementAndGet();
        execute(serverInstance().getPostgresDatabase(), "create database " + name + " template " + TEMPLATE);
        return pool(name);
    }

    private static synchronized EmbeddedPostgres serverInstance() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
            execute(server.getPostgresDatabase(), "create database " + TEMPLATE);
            try (HikariDataSource template = pool(TEMPLATE)) {
                Migrations.migrate(template);
            }
        }
        return server;
    }

    private static HikariDataSource pool(String database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl("postgres", database));
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(0);
        config.setPoolName(database);
        return new HikariDataSource(config);
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
