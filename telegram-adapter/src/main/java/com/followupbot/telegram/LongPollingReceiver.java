package com.followupbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.followupbot.DaemonThreads;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * getUpdates in a loop (the library's; it deletes any webhook first). Updates are handled on the
 * polling thread, one after the other, before the next getUpdates confirms them to Telegram; the
 * offset resumes after the newest update handled, as the database remembers it, so a restart neither
 * skips nor repeats one.
 */
final class LongPollingReceiver implements UpdateReceiver {

    private static final Logger log = LoggerFactory.getLogger(LongPollingReceiver.class);
    static final List<String> UPDATES_WANTED = List.of("message", "callback_query");
    private static final int POLL_SECONDS = 50;
    private static final Duration STOP_GRACE = Duration.ofSeconds(1);

    private final TelegramBotsLongPollingApplication polling;
    private final ScheduledExecutorService thread;
    private final OkHttpClient http;

    private LongPollingReceiver(TelegramBotsLongPollingApplication polling, ScheduledExecutorService thread, OkHttpClient http) {
        this.polling = polling;
        this.thread = thread;
        this.http = http;
    }

    static LongPollingReceiver start(String token, TelegramUrl url, UpdateHandler handler, LongSupplier lastHandled)
            throws TelegramApiException {
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(new DaemonThreads("telegram-polling"));
        // read timeout above the long-poll timeout, so a quiet minute is not taken for a dead connection
        OkHttpClient http = new OkHttpClient.Builder().readTimeout(POLL_SECONDS + 25, TimeUnit.SECONDS).build();
        TelegramBotsLongPollingApplication polling = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http,
                () -> thread);
        LongPollingUpdateConsumer consumer = updates -> updates.forEach(handler::handleQuietly);
        try {
            polling.registerBot(token, () -> url, lastReceived -> request(Math.max(lastReceived, lastHandled.getAsLong())),
                    consumer);
        } catch (TelegramApiException | RuntimeException e) {
            thread.shutdownNow();
            throw e;
        }
        log.info("Receiving Telegram updates by long polling");
        return new LongPollingReceiver(polling, thread, http);
    }

    private static GetUpdates request(long lastHandled) {
        return GetUpdates.builder().offset((int) lastHandled + 1).limit(100).timeout(POLL_SECONDS)
                .allowedUpdates(UPDATES_WANTED).build();
    }

    @Override
    public void close() {
        try {
            polling.close();
        } catch (Exception e) {
            log.warn("stopping long polling: {}", e.toString());
        }
        // let a poll in flight end by itself (it returns as soon as Telegram answers) before cutting it off
        thread.shutdown();
        try {
            if (!thread.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
