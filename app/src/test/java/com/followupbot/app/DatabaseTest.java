package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import java.net.ConnectException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class DatabaseTest {

    private final DatabaseConfig config = DatabaseConfig.parse("postgres://bot:secret@db.example:6543/followup");

    @Test
    void aServerThatIsDownOrSilentFailsTheStartWithinSeconds() {
        HikariConfig pool = Database.poolConfig(config);

        assertThat(pool.getConnectionTimeout()).isLessThanOrEqualTo(5_000);
        assertThat(pool.getInitializationFailTimeout()).as("one attempt, then fail").isEqualTo(1);
        // without these the driver waits forever for a server that accepts the connection but never answers
        assertThat(pool.getDataSourceProperties()).containsEntry("loginTimeout", "3").containsEntry("connectTimeout", "3");
    }

    @Test
    void networkFailuresAreTheDatabaseBeingUnavailable() {
        StartupException refused = Database.connectionFailure(config, new RuntimeException(
                new PSQLException("Connection to db.example:6543 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                        new ConnectException("Connection refused"))));
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.DATABASE_UNAVAILABLE);
        assertThat(refused).hasMessage("DATABASE_URL: cannot connect to PostgreSQL at db.example:6543 (connection refused)."
                + " Check that the server is running and that DATABASE_URL names its host and port.");

        StartupException unknownHost = Database.connectionFailure(config, new RuntimeException(
                new PSQLException("The connection attempt failed.", PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                        new UnknownHostException("db.example"))));
        assertThat(unknownHost).hasMessageContaining("(unknown host)").hasMessageNotContaining("secret");

        StartupException silent = Database.connectionFailure(config, new RuntimeException(
                new PSQLException("Connection attempt timed out.", PSQLState.CONNECTION_UNABLE_TO_CONNECT)));
        assertThat(silent).hasMessageContaining("(no answer within " + Database.CONNECTION_TIMEOUT.toSeconds() + " s)");

        StartupException other = Database.connectionFailure(config, new RuntimeException(
                new PSQLException("The server does not support SSL.", PSQLState.CONNECTION_REJECTED)));
        assertThat(other).hasMessageContaining("(The server does not support SSL)");
        assertThat(other.exitCode()).isEqualTo(ExitCodes.DATABASE_UNAVAILABLE);
    }
}
