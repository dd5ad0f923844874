package com.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.MovableClock;
import com.followupbot.Storage;
import com.followupbot.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The real bot on Slack, in a test: the core on an embedded PostgreSQL and a movable clock, the adapter
 * calling {@link FakeSlackApi} over HTTP and receiving from a {@link FakeSocketMode} WebSocket, or in HTTP
 * mode from signed requests this class posts. {@link #advanceTo} moves the clock and runs the dispatcher,
 * as the launcher's loop would.
 */
final class SlackTestBot implements AutoCloseable {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final Duration PATIENCE = Duration.ofSeconds(20);
    /** The time HTTP-mode tests pretend it is, for request signatures: fixed, so a stale one is built, not waited for. */
    static final Instant SIGNATURE_NOW = Instant.parse("2026-03-12T17:40:00Z");

    final FakeSlackApi api;
    final FakeSocketMode socket;
    final DataSource database;
    final MovableClock clock;
    final SlackAdapter adapter;
    final FollowUpBot bot;
    private final HttpClient http = HttpClient.newHttpClient();

    SlackTestBot(FakeSlackApi api, FakeSocketMode socket, DataSource database, MovableClock clock, String instance,
                 SlackConfig config, Clock adapterClock) throws SlackStartException {
        this(api, socket, database, clock, instance, config, null, adapterClock);
    }

    SlackTestBot(FakeSlackApi api, FakeSocketMode socket, DataSource database, MovableClock clock, String instance,
                 SlackConfig config, Workspaces workspaces, Clock adapterClock) throws SlackStartException {
        this.api = api;
        this.socket = socket;
        this.database = database;
        this.clock = clock;
        this.adapter = SlackAdapter.connect(config, workspaces, adapterClock);
        this.bot = FollowUpBot.create(Storage.jdbi(database), clock, adapter.chatPort(), BotSettings.defaults(ROME, instance));
        api.stampWith(clock);
    }

    /** A bot in Socket Mode, on a fresh database, with the clock at {@code start}; started and connected. */
    static SlackTestBot socketMode(ZonedDateTime start) throws SlackStartException {
        return socketMode(start, null);
    }

    /** The same, with the tokens of {@code workspaces} (an installation store's; null: SLACK_BOT_TOKEN's workspace only). */
    static SlackTestBot socketMode(ZonedDateTime start, Workspaces workspaces) throws SlackStartException {
        FakeSlackApi api = new FakeSlackApi();
        FakeSocketMode socket = new FakeSocketMode();
        api.socketModeAt(socket.url());
        SlackTestBot slack = new SlackTestBot(api, socket, TestDatabase.fresh(), new MovableClock(start.toInstant(), ROME),
                "slack-1", SlackConfig.socketMode(FakeSlackApi.BOT_TOKEN, FakeSlackApi.APP_TOKEN, api.apiUrl()), workspaces,
                Clock.systemUTC());
        slack.adapter.start(slack.bot);
        socket.awaitConnection(1);
        return slack;
    }

    /** A bot in HTTP mode on a free port, whose signature clock stands at {@link #SIGNATURE_NOW}; started. */
    static SlackTestBot http(ZonedDateTime start) throws SlackStartException {
        FakeSlackApi api = new FakeSlackApi();
        SlackTestBot slack = new SlackTestBot(api, null, TestDatabase.fresh(), new MovableClock(start.toInstant(), ROME), "slack-1",
                SlackConfig.http(FakeSlackApi.BOT_TOKEN, FakeSlackApi.SIGNING_SECRET, api.apiUrl(), 0),
                Clock.fixed(SIGNATURE_NOW, ZoneOffset.UTC));
        slack.adapter.start(slack.bot);
        return slack;
    }

    /** Thursday 12 March 2026, 18:40 in Rome: the evening of an expo. */
    static ZonedDateTime thursdayEvening() {
        return ZonedDateTime.of(2026, 3, 12, 18, 40, 0, 0, ROME);
    }

    /** Slack delivers {@code payload} (over the socket, or as a signed request); returns the envelope id, if any. */
    String deliver(SlackPayload payload) {
        return deliver(payload, 0);
    }

    /** Slack delivers {@code payload} again as retry number {@code attempt}. */
    String deliver(SlackPayload payload, int attempt) {
        if (socket != null) {
            return socket.send(payload.envelopeType(), payload.body(), attempt);
        }
        Map<String, String> retry = attempt > 0 ? Map.of("X-Slack-Retry-Num", String.valueOf(attempt), "X-Slack-Retry-Reason",
                "http_timeout") : Map.of();
        HttpResponse<String> response = post(payload, signedHeaders(payload.httpBody(), SIGNATURE_NOW.getEpochSecond(), retry));
        assertThat(response.statusCode()).as("Slack's request was acked").isEqualTo(200);
        return null;
    }

    /** Posts {@code payload} to the adapter's /slack/events with exactly {@code headers}. */
    HttpResponse<String> post(SlackPayload payload, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adapter.httpAddress().orElseThrow()
                .getPort() + EventsEndpoint.PATH)).header("Content-Type", payload.httpContentType())
                .POST(HttpRequest.BodyPublishers.ofString(payload.httpBody(), StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The headers Slack signs a request with, at {@code epochSecond}, plus {@code extra}. */
    static Map<String, String> signedHeaders(String body, long epochSecond, Map<String, String> extra) {
        String signature = RequestSignature.sign(FakeSlackApi.SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), epochSecond,
                body.getBytes(StandardCharsets.UTF_8));
        java.util.HashMap<String, String> headers = new java.util.HashMap<>(extra);
        headers.put(RequestSignature.TIMESTAMP_HEADER, String.valueOf(epochSecond));
        headers.put(RequestSignature.SIGNATURE_HEADER, signature);
        return headers;
    }

    /** The {@code n}-th message the bot posted (1-based), once it was posted. */
    SlackMessage awaitSent(int n) {
        await().atMost(PATIENCE).until(() -> api.sent().size() >= n);
        return api.sent().get(n - 1);
    }

    /** The form of the {@code n}-th call of {@code method} (1-based), once it was made. */
    Map<String, String> awaitCall(String method, int n) {
        await().atMost(PATIENCE).until(() -> api.calls(method).size() >= n);
        return api.forms(method).get(n - 1);
    }

    List<SlackMessage> sentTo(String channel) {
        return api.sent().stream().filter(m -> m.channel().equals(channel)).toList();
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
        if (socket != null) {
            socket.close();
        }
        api.close();
    }
}
