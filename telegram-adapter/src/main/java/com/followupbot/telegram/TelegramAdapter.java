package com.followupbot.telegram;

import com.followupbot.FollowUpBot;
import com.followupbot.chat.ChatPort;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The bot on Telegram. {@link #connect} checks the token with getMe (so a wrong one fails before
 * anything else starts) and gives the {@link ChatPort} the bot is built around; {@link #start} then
 * publishes the command menus and receives updates by long polling or on a webhook until {@link #close}.
 * Only translation lives here: every rule, the pacing included, is the core's.
 */
public final class TelegramAdapter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramAdapter.class);
    /** Telegram keeps undelivered updates for a day; older ledger entries can never be repeated. */
    private static final Duration LEDGER_MEMORY = Duration.ofDays(2);

    private final TelegramConfig config;
    private final TelegramClient client;
    private final BotIdentity me;
    private final TelegramChatPort port;
    private final TelegramFiles files;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile UpdateReceiver receiver;

    private TelegramAdapter(TelegramConfig config, TelegramClient client, OkHttpClient http, BotIdentity me) {
        this.config = config;
        this.files = new TelegramFiles(client, http, config.telegramUrl(), config.token());
        this.client = client;
        this.me = me;
        this.port = new TelegramChatPort(client, me);
    }

    /** Reaches the Bot API and learns who the bot is. */
    public static TelegramAdapter connect(TelegramConfig config) throws TelegramStartException {
        OkHttpClient http = new OkHttpClient.Builder().build();
        TelegramClient client = new OkHttpTelegramClient(http, config.token(), config.telegramUrl());
        try {
            User me = client.execute(new GetMe());
            BotIdentity identity = new BotIdentity(me.getId(), me.getUserName());
            log.info("Connected to Telegram as @{} through {}", identity.username(), config.apiUrl());
            return new TelegramAdapter(config, client, http, identity);
        } catch (TelegramApiException e) {
            shutDown(http);
            int code = TelegramErrors.code(e);
            throw new TelegramStartException(code == 401 || code == 404
                    ? "Telegram refused " + TelegramConfig.TOKEN + " (" + code + "): copy the token again from @BotFather (/token)."
                    : "Cannot reach the Telegram Bot API at " + config.apiUrl() + " (check the network, or "
                    + TelegramConfig.API_URL + "): " + TelegramErrors.delivery("getMe", e).getMessage(), e);
        }
    }

    public ChatPort chatPort() {
        return port;
    }

    public BotIdentity identity() {
        return me;
    }

    /** Publishes the command menus and starts receiving updates for {@code bot}; returns at once. */
    public void start(FollowUpBot bot) throws TelegramStartException {
        if (receiver != null) {
            throw new IllegalStateException("already started");
        }
        CommandMenus.publish(client, bot);
        UpdateHandler handler = new UpdateHandler(bot, new UpdateTranslator(me, files::fetch), me.scope());
        bot.inboundLedger().forgetOlderThan(me.scope(), LEDGER_MEMORY);
        try {
            receiver = config.webhook() ? WebhookReceiver.start(config, client, handler)
                    : LongPollingReceiver.start(config.token(), config.telegramUrl(), handler,
                            () -> bot.inboundLedger().lastDone(me.scope()).orElse(0));
        } catch (TelegramApiException | IOException e) {
            throw new TelegramStartException("Cannot receive Telegram updates ("
                    + (config.webhook() ? "webhook on port " + config.webhookListen().getPort() : "long polling") + "): "
                    + (e instanceof TelegramApiException api ? TelegramErrors.delivery("start", api).getMessage() : e), e);
        }
    }

    /** {@link #start}, then waits until {@link #close} (from a shutdown hook, say). */
    public void run(FollowUpBot bot) throws TelegramStartException, InterruptedException {
        start(bot);
        closed.await();
    }

    /** Started and not yet closed: what the launcher's health check reports for this adapter. */
    public boolean isReceiving() {
        return receiver != null && closed.getCount() > 0;
    }

    /** Where the webhook listens (its port, when configured as 0); empty in long-polling mode. */
    public Optional<InetSocketAddress> webhookAddress() {
        return receiver instanceof WebhookReceiver webhook ? Optional.of(webhook.address()) : Optional.empty();
    }

    /**
     * Stops receiving. Sending keeps working, so a dispatch round still running finishes (the launcher
     * stops its dispatch loop after the frontend). Safe to call more than once.
     */
    @Override
    public void close() {
        UpdateReceiver current = receiver;
        if (current != null) {
            current.close();
        }
        closed.countDown();
    }

    private static void shutDown(OkHttpClient http) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
