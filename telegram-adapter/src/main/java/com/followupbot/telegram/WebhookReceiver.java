package com.followupbot.telegram;

import com.followupbot.DaemonThreads;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Webhook mode: the JDK's HTTP server takes Telegram's POSTs on the configured port (TLS is the
 * reverse proxy's), and setWebhook registers the public URL with a secret Telegram sends back on
 * every call. The secret is random per start unless configured (instances behind one URL share it).
 */
final class WebhookReceiver implements UpdateReceiver {

    private static final Logger log = LoggerFactory.getLogger(WebhookReceiver.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpServer server;
    private final ExecutorService workers;

    private WebhookReceiver(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    static WebhookReceiver start(TelegramConfig config, TelegramClient client, UpdateHandler handler)
            throws IOException, TelegramApiException {
        String secret = config.webhookSecret() != null ? config.webhookSecret() : randomSecret();
        HttpServer server = HttpServer.create(config.webhookListen(), 0);
        ExecutorService workers = Executors.newFixedThreadPool(4, new DaemonThreads("telegram-webhook"));
        server.createContext(config.webhookPath(), new WebhookEndpoint(secret, config.webhookPath(), handler));
        server.setExecutor(workers);
        server.start();
        WebhookReceiver receiver = new WebhookReceiver(server, workers);
        try {
            client.execute(SetWebhook.builder().url(config.webhookUrl().toString()).secretToken(secret)
                    .allowedUpdates(LongPollingReceiver.UPDATES_WANTED).build());
        } catch (TelegramApiException | RuntimeException e) {
            receiver.close();
            throw e;
        }
        log.info("Receiving Telegram updates on a webhook, listening on port {}", receiver.address().getPort());
        return receiver;
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        server.stop(1);
        workers.shutdown();
    }

    /** 32 random bytes, URL-safe: what setWebhook accepts as secret_token. */
    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
