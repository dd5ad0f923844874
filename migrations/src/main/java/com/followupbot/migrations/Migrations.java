package com.followupbot.migrations;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Applies the SQL migrations under {@code db/migration}; the only code that changes the schema. */
public final class Migrations {

    private Migrations() {
    }

    /** Migrates the database to the latest version and returns how many migrations ran. */
    public static int migrate(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
