package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseConfigTest {

    @Test
    void jdbcUrlIsKeptAndItsCredentialsAreRead() {
        DatabaseConfig config = DatabaseConfig.parse("jdbc:postgresql://db.example:5433/bot?user=bot&password=s%40cret&sslmode=require");

        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5433/bot?user=bot&password=s%40cret&sslmode=require");
        assertThat(config.user()).isEqualTo("bot");
        assertThat(config.password()).isEqualTo("s@cret");
    }

    @Test
    void jdbcUrlWithoutCredentialsHasNone() {
        DatabaseConfig config = DatabaseConfig.parse("  jdbc:postgresql://localhost/bot\n");

        assertThat(config).isEqualTo(new DatabaseConfig("jdbc:postgresql://localhost/bot", null, null));
    }

    @Test
    void postgresUrlBecomesJdbcWithDecodedCredentialsAndQueryKept() {
        DatabaseConfig config = DatabaseConfig.parse("postgres://bot%20user:p%3Ass%2Fw+rd@db.example:6543/followup?sslmode=require&connectTimeout=5");

        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/followup?sslmode=require&connectTimeout=5");
        assertThat(config.user()).isEqualTo("bot user");
        assertThat(config.password()).isEqualTo("p:ss/w+rd"); // '+' is a plus in URLs, not a space
    }

    @Test
    void postgresqlSchemeWorksToo() {
        DatabaseConfig config = DatabaseConfig.parse("postgresql://alice@localhost/followup");

        assertThat(config).isEqualTo(new DatabaseConfig("jdbc:postgresql://localhost/followup", "alice", null));
    }

    @Test
    void unencodedAtSignInPasswordBelongsToThePassword() {
        DatabaseConfig config = DatabaseConfig.parse("postgres://bot:p@ss@db:5432/followup");

        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/followup");
        assertThat(config.password()).isEqualTo("p@ss");
    }

    @Test
    void hostWithoutDatabaseOrCredentials() {
        assertThat(DatabaseConfig.parse("postgres://db.example"))
                .isEqualTo(new DatabaseConfig("jdbc:postgresql://db.example/", null, null));
        assertThat(DatabaseConfig.parse("postgres://db.example?sslmode=disable").jdbcUrl())
                .isEqualTo("jdbc:postgresql://db.example/?sslmode=disable");
    }

    @Test
    void multipleHostsAndIpv6AreKept() {
        assertThat(DatabaseConfig.parse("postgresql://u:p@h1:5432,h2:5433/db?targetServerType=primary").jdbcUrl())
                .isEqualTo("jdbc:postgresql://h1:5432,h2:5433/db?targetServerType=primary");
        assertThat(DatabaseConfig.parse("postgres://u:p@[::1]:5432/db").jdbcUrl())
                .isEqualTo("jdbc:postgresql://[::1]:5432/db");
    }

    @Test
    void otherSchemesAreRefusedWithoutEchoingTheSecret() {
        assertThatThrownBy(() -> DatabaseConfig.parse("mysql://root:topsecret@db/x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("postgres://")
                .hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> DatabaseConfig.parse("postgres://u:p@/db"))
                .hasMessageContaining("no host");
    }

    @Test
    void eachMistakeIsNamedInOneLineThatStartsWithTheVariable() {
        assertThatThrownBy(() -> DatabaseConfig.parse("nonsense"))
                .hasMessage("DATABASE_URL: not a PostgreSQL URL. Use postgres://user:password@host:5432/database"
                        + " or jdbc:postgresql://host:5432/database?user=…&password=…");
        assertThatThrownBy(() -> DatabaseConfig.parse("jdbc:mysql://db/x?password=topsecret"))
                .hasMessageStartingWith("DATABASE_URL: jdbc:mysql names another kind of database; Follow-Up Bot needs PostgreSQL.")
                .hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> DatabaseConfig.parse("postgres://u@:x/db"))
                .hasMessageStartingWith("DATABASE_URL: the URL names no host.");
        assertThatThrownBy(() -> DatabaseConfig.parse("jdbc:postgresql://db:5432"))
                .hasMessageStartingWith("DATABASE_URL: a / and the database name must follow the host");
        assertThatThrownBy(() -> DatabaseConfig.parse("jdbc:postgresql://db:0/x"))
                .hasMessageStartingWith("DATABASE_URL: the port is not a number from 1 to 65535");
    }

    @Test
    void aPasswordIsNeverQuotedEvenWhenItBreaksTheUrl() {
        // an unencoded '/' in the password makes "pass" look like a port and the rest like a path
        assertThatThrownBy(() -> DatabaseConfig.parse("postgres://bot:pass/word@db/x"))
                .hasMessageContaining("the port is not a number")
                .hasMessageNotContaining("pass/word").hasMessageNotContaining("bot:pass");
        // URLDecoder's own message would quote the text around the bad escape
        assertThatThrownBy(() -> DatabaseConfig.parse("postgres://bot:se%zzcret@db/x"))
                .hasMessageStartingWith("DATABASE_URL: a % in the user or password must be followed by two hex digits")
                .hasMessageNotContaining("zzcret");
        assertThatThrownBy(() -> DatabaseConfig.parse("jdbc:postgresql://db/x?user=bot&password=se%zzcret"))
                .hasMessageNotContaining("zzcret");
    }

    @Test
    void portsAndHostsTheDriverAccepts() {
        assertThat(DatabaseConfig.parse("jdbc:postgresql:followup").jdbcUrl()).isEqualTo("jdbc:postgresql:followup");
        assertThat(DatabaseConfig.parse("jdbc:postgresql:///followup").jdbcUrl()).isEqualTo("jdbc:postgresql:///followup");
        assertThat(DatabaseConfig.parse("postgres://u@db:65535/x").jdbcUrl()).isEqualTo("jdbc:postgresql://db:65535/x");
        assertThat(DatabaseConfig.parse("postgres://u@[::1]/x").jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]/x");
    }

    @Test
    void serverNamesTheHostsForMessages() {
        assertThat(DatabaseConfig.parse("postgres://u:p@db.example:6543/x").server()).isEqualTo("db.example:6543");
        assertThat(DatabaseConfig.parse("jdbc:postgresql://h1,h2:5433/x?password=p").server()).isEqualTo("h1,h2:5433");
        assertThat(DatabaseConfig.parse("jdbc:postgresql:followup").server()).isEqualTo("localhost");
    }

    @Test
    void toStringHidesThePassword() {
        DatabaseConfig config = DatabaseConfig.parse("jdbc:postgresql://db/bot?user=bot&password=topsecret");

        assertThat(config.toString()).doesNotContain("topsecret").contains("jdbc:postgresql://db/bot", "****");
        assertThat(config.describe()).doesNotContain("topsecret");
    }
}
