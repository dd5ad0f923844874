package com.followupbot.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * A PostgreSQL that plays the bot's external server (DATABASE_URL): its own data directory and port,
 * stopped and started again on both, as a real server restarting would be.
 */
final class ExternalServer implements AutoCloseable {

    private final Path data;
    private EmbeddedPostgres server;
    private int port;

    ExternalServer(Path data) {
        this.data = data;
    }

    /** Starts it: on a free port the first time, on that same port after. */
    ExternalServer start() throws Exception {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false);
        server = (port == 0 ? builder : builder.setPort(port)).start();
        port = server.getPort();
        return this;
    }

    /** pg_ctl stop -m fast: the bot's pooled connections die with it. */
    void stop() throws Exception {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The bot's environment: DATABASE_URL here, and a 1 s pool timeout so that the outage shows quickly. */
    Map<String, String> env(String... more) {
        Map<String, String> env = new HashMap<>(Map.of(Database.URL_VARIABLE, url() + "?user=postgres",
                Database.TIMEOUT_VARIABLE, "1"));
        for (int i = 0; i + 1 < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    /** As the bot would read it from {@link #env}. */
    DatabaseConfig config() {
        return new DatabaseConfig(url(), "postgres", null);
    }

    int contacts() {
        try (var pool = Database.pool(new DatabaseConfig(url(), "postgres", null))) {
            return Jdbi.create(pool).withHandle(h -> h.createQuery("select count(*) from contact").mapTo(Integer.class).one());
        }
    }

    private String url() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}
