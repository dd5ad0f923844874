package com.followupbot.app;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link EmbeddedDatabaseRestartTest}: starts the embedded database on the given
 * directory, commits a row, says READY on stdout and waits, with its sessions open, to be killed.
 */
public final class EmbeddedDatabaseChild {

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
        HikariDataSource pool = Database.pool(database.config());
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table crash_test (note text not null)");
            statement.execute("insert into crash_test values ('written before the kill')");
        }
        System.out.println("READY");
        System.out.flush();
        // the parent never writes: this blocks until SIGKILL, or returns when the parent dies
        System.in.read();
    }
}
