package com.followupbot.slack;

import com.followupbot.DaemonThreads;
import com.slack.api.bolt.App;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode: the JDK's HTTP server takes Slack's requests on {@code PORT}, all of them at
 * {@value EventsEndpoint#PATH} (set it as the Events, Interactivity and slash command Request URL). TLS is the
 * reverse proxy's. Handlers only ack, so a few threads are plenty.
 */
final class HttpReceiver implements Receiver {

    private static final Logger log = LoggerFactory.getLogger(HttpReceiver.class);
    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService threads;

    private HttpReceiver(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    static HttpReceiver start(App app, SlackConfig config, Clock clock, java.util.Map<String, com.sun.net.httpserver.HttpHandler> routes)
            throws SlackStartException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(config.port()), 0);
        } catch (IOException e) {
            throw new SlackStartException("Cannot listen for Slack on " + SlackConfig.PORT + " " + config.port() + ": " + e.getMessage(), e);
        }
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, new DaemonThreads("slack-http"));
        server.createContext(EventsEndpoint.PATH, new EventsEndpoint(app, new RequestSignature(config.signingSecret(), clock)));
        routes.forEach(server::createContext); // the OAuth install pages of a multi-workspace app, say
        server.setExecutor(threads);
        server.start();
        HttpReceiver receiver = new HttpReceiver(server, threads);
        log.info("Receiving Slack requests over HTTP on port {} at {}", receiver.address().getPort(), EventsEndpoint.PATH);
        return receiver;
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        server.stop(1);
        threads.shutdown();
    }
}
