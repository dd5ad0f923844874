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
    void toStringHidesThePassword() {
        DatabaseConfig config = DatabaseConfig.parse("jdbc:postgresql://db/bot?user=bot&password=topsecret");

        assertThat(config.toString()).doesNotContain("topsecret").contains("jdbc:postgresql://db/bot", "****");
        assertThat(config.describe()).doesNotContain("topsecret");
    }
}
