package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every pool on the bot's database gives up on a server that accepts connections but never answers (a
 * frozen postmaster, a half-open network path) instead of waiting on it: the limits travel in the URL, so
 * Quartz's pool, configured by URL alone, has them too. In CI, a frozen server once held the bot's close
 * 37 s while Quartz's pool waited for a connection attempt bounded only by the JVM-wide 30 s.
 */
class ConnectLimitsTest {

    @Test
    void theLimitsAreAddedWhereTheUrlDoesNotSetThemAndAValueInTheUrlWins() {
        assertThat(new DatabaseConfig("jdbc:postgresql://db.example/bot", "bot", null).withConnectLimits(Duration.ofSeconds(7)))
                .isEqualTo(new DatabaseConfig("jdbc:postgresql://db.example/bot?connectTimeout=7&loginTimeout=7", "bot", null));
        assertThat(new DatabaseConfig("jdbc:postgresql://db.example/bot?sslmode=require&loginTimeout=20", null, null)
                .withConnectLimits(Duration.ofSeconds(3)).jdbcUrl())
                .isEqualTo("jdbc:postgresql://db.example/bot?sslmode=require&loginTimeout=20&connectTimeout=3");
    }

    @Test
    void theBotsDatabaseHandsItsLimitsToQuartz(@TempDir Path dataDir) {
        TestTerminal terminal = new TestTerminal("", Map.of(Database.TIMEOUT_VARIABLE, "7"));
        try (Database database = Database.open(new DataDirectory(dataDir, null), terminal.terminal())) {
            Properties quartz = QuartzProperties.clustered(database.config(), database.connectionTimeout());

            assertThat(quartz.stringPropertyNames()).filteredOn(name -> name.endsWith(".jdbcUrl")).singleElement()
                    .satisfies(name -> assertThat(quartz.getProperty(name)).contains("connectTimeout=7", "loginTimeout=7"));
            assertThat(quartz.stringPropertyNames()).filteredOn(name -> name.endsWith(".timeoutSeconds")).singleElement()
                    .satisfies(name -> assertThat(quartz.getProperty(name)).isEqualTo("7"));
        }
    }

    @Test
    // a hang guard only: without the limits the driver waits for an answer forever, in a socket read that an
    // interrupt does not end, so the test runs on a thread of its own that the guard can give up on
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aServerThatNeverAnswersIsGivenUpOn() throws Exception {
        int jvmWide = DriverManager.getLoginTimeout();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            DriverManager.setLoginTimeout(0); // as pgjdbc sees it when no pool has set it: no limit at all
            DatabaseConfig config = new DatabaseConfig("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/bot", "bot", "pw")
                    .withConnectLimits(Duration.ofSeconds(1));

            // the kernel completes the TCP handshake from the backlog; nothing ever answers the startup packet
            assertThatThrownBy(() -> DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password()))
                    .isInstanceOf(SQLException.class);
        } finally {
            DriverManager.setLoginTimeout(jvmWide);
        }
    }
}
