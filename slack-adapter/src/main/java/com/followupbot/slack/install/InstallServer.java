package com.followupbot.slack.install;

import com.slack.api.bolt.App;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP server for {@value SlackInstall#INSTALL_PATH} and {@value SlackInstall#REDIRECT_PATH}, so
 * that an app on Socket Mode (which needs no public URL for events) can still be installed in many
 * workspaces. The app must be set up by {@link SlackInstall#multiWorkspace}.
 */
public final class InstallServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InstallServer.class);
    // A callback waits on oauth.v2.access and auth.test at Slack; a few installs at once are plenty.
    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService threads;

    private InstallServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Listens on {@code port} (0: any free one) on every interface. */
    public static InstallServer start(App app, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        AtomicInteger count = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "slack-install-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        OAuthHttpHandler handler = new OAuthHttpHandler(app);
        server.createContext("/", handler);
        server.setExecutor(threads);
        server.start();
        log.info("Slack install server listening on port {} ({})", server.getAddress().getPort(),
                SlackInstall.INSTALL_PATH);
        return new InstallServer(server, threads);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdown();
    }
}
