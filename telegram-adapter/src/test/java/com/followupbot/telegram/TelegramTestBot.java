package com.followupbot.telegram;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.MovableClock;
import com.followupbot.Storage;
import com.followupbot.ops.BotMetrics;
import com.followupbot.pacing.Pause;
import com.followupbot.testing.TestDatabase;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import javax.sql.DataSource;

/**
 * The real bot on Telegram, in a test: the core on an embedded PostgreSQL and a movable clock, the
 * adapter talking HTTP to {@link FakeBotApi}. Updates go in through getUpdates (or the webhook);
 * {@link #advanceTo} moves the clock and runs the dispatcher, as the launcher's loop would.
 */
final class TelegramTestBot implements AutoCloseable {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final Duration PATIENCE = Duration.ofSeconds(20);

    final FakeBotApi api;
    final DataSource database;
    final MovableClock clock;
    final TelegramAdapter adapter;
    final FollowUpBot bot;

    TelegramTestBot(FakeBotApi api, DataSource database, MovableClock clock, String instance, TelegramConfig config)
            throws TelegramStartException {
        this(api, database, clock, clock.pause(), instance, config);
    }

    /** A bot that waits for its send slots through {@code pause} (one that moves {@code clock}). */
    TelegramTestBot(FakeBotApi api, DataSource database, MovableClock clock, Pause pause, String instance, TelegramConfig config)
            throws TelegramStartException {
        this.api = api;
        this.database = database;
        this.clock = clock;
        this.adapter = TelegramAdapter.connect(config);
        this.bot = FollowUpBot.create(Storage.jdbi(database), clock, pause, List.of(adapter.chatPort()),
                BotSettings.defaults(ROME, instance), BotMetrics.NONE);
        api.stampWith(clock);
    }

    /** A bot receiving by long polling, on a fresh database, with the clock at {@code start}; started. */
    static TelegramTestBot longPolling(ZonedDateTime start) throws TelegramStartException {
        FakeBotApi api = new FakeBotApi();
        TelegramTestBot bot = new TelegramTestBot(api, TestDatabase.fresh(), new MovableClock(start.toInstant(), ROME),
                "tg-1", TelegramConfig.longPolling(FakeBotApi.TOKEN, api.url()));
        bot.adapter.start(bot.bot);
        return bot;
    }

    /** Thursday 12 March 2026, 18:40 in Rome: the evening of an expo. */
    static ZonedDateTime thursdayEvening() {
        return ZonedDateTime.of(2026, 3, 12, 18, 40, 0, 0, ROME);
    }

    void deliver(ObjectNode update) {
        api.deliver(update);
    }

    /** The {@code n}-th message the bot sent (1-based), once it was sent. */
    TelegramMessage awaitSent(int n) {
        await().atMost(PATIENCE).until(() -> api.sent().size() >= n);
        return api.sent().get(n - 1);
    }

    /** The body of the {@code n}-th call of {@code method} (1-based), once it was made. */
    JsonNode awaitCall(String method, int n) {
        await().atMost(PATIENCE).until(() -> api.calls(method).size() >= n);
        return api.bodies(method).get(n - 1);
    }

    /**
     * Once the bot has committed its whole turn for {@code update}: its replies may be sent before the
     * turn's transaction commits (a group turn is one transaction around its sends), so a test that
     * reads what the turn stored waits for the event's mark, which commits with it.
     */
    void awaitHandled(ObjectNode update) {
        long id = update.get("update_id").asLong();
        await().atMost(PATIENCE).until(() -> count("select count(*) from inbound_event where event_seq = " + id
                + " and done_at is not null") == 1);
    }

    List<TelegramMessage> sentTo(long chatId) {
        return api.sent().stream().filter(m -> m.chatId() == chatId).toList();
    }

    /** A number the database holds: {@code select count(*) …}. */
    int count(String sql) {
        return Storage.jdbi(database).withHandle(handle -> handle.createQuery(sql).mapTo(Integer.class).one());
    }

    /** Moves the clock and sends the prompts that became due. */
    void advanceTo(ZonedDateTime time) {
        clock.set(time.toInstant());
        bot.dispatchDuePrompts();
    }

    @Override
    public void close() {
        adapter.close();
        api.close();
    }
}
