package com.followupbot.slack;

import com.followupbot.FollowUpBot;
import com.followupbot.chat.ChatPort;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot on Slack. {@link #connect} checks the tokens (auth.test and its scopes, and in Socket Mode the
 * app-level token) so a wrong one fails before anything else starts, and gives the {@link ChatPort} the bot
 * is built around; {@link #start} then receives over Socket Mode or HTTP until {@link #close}. Only
 * translation lives here: every rule, the pacing included, is the core's.
 */
public final class SlackAdapter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);
    /** Slack retries an event for about an hour; older ledger entries can never be repeated. */
    private static final Duration LEDGER_MEMORY = Duration.ofDays(2);
    private static final int LANES = 8;

    private final SlackConfig config;
    private final Slack slack;
    private final SlackIdentity me;
    private final BotTokens tokens;
    private final Clock clock;
    private final UserProfiles profiles;
    private final DirectMessages dms;
    private final ResponseUrls responseUrls;
    private final SlackChatPort port;
    private final SlackFiles files;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final java.util.Map<String, com.sun.net.httpserver.HttpHandler> routes = new java.util.LinkedHashMap<>();
    private volatile Receiver receiver;
    private volatile WorkLanes lanes;

    private SlackAdapter(SlackConfig config, Slack slack, SlackIdentity me, Workspaces workspaces, Clock clock) {
        this.config = config;
        this.slack = slack;
        this.me = me;
        this.tokens = new BotTokens(workspaces, me.teamId(), config.botToken());
        this.clock = clock;
        WebApi api = new WebApi(slack, tokens);
        this.profiles = new UserProfiles(api, clock);
        this.dms = new DirectMessages(api, clock);
        this.responseUrls = new ResponseUrls(api, clock);
        this.port = new SlackChatPort(api, new BlockKit(me.appId()), dms, responseUrls);
        this.files = new SlackFiles(api, config.apiUrl());
    }

    /** One workspace: the one {@code SLACK_BOT_TOKEN} belongs to, as auth.test says. */
    public static SlackAdapter connect(SlackConfig config) throws SlackStartException {
        return connect(config, null, Clock.systemUTC());
    }

    /**
     * Many workspaces, each with its own bot token from {@code workspaces} (an installation store);
     * {@code SLACK_BOT_TOKEN} is checked at start and serves its own workspace when the store has no token for it.
     */
    public static SlackAdapter connect(SlackConfig config, Workspaces workspaces) throws SlackStartException {
        return connect(config, workspaces, Clock.systemUTC());
    }

    /** {@code clock} checks request timestamps and ages the caches: tests fix it. Null workspaces: the token's own only. */
    static SlackAdapter connect(SlackConfig config, Workspaces workspaces, Clock clock) throws SlackStartException {
        Slack slack = WebApi.client(config.apiUrl());
        try {
            SlackIdentity me = StartupCheck.identify(slack, config);
            if (config.socketMode()) {
                StartupCheck.checkAppToken(slack, config);
            }
            log.info("Connected to Slack workspace {} as bot user {} through {}", me.teamId(), me.botUserId(), config.apiUrl());
            return new SlackAdapter(config, slack, me, workspaces != null ? workspaces : Workspaces.single(me.teamId(),
                    config.botToken()), clock);
        } catch (SlackStartException | RuntimeException e) {
            closeQuietly(slack);
            throw e;
        }
    }

    public ChatPort chatPort() {
        return port;
    }

    /** The workspace of {@code SLACK_BOT_TOKEN} ("T024…"). */
    public String teamId() {
        return me.teamId();
    }

    /** Starts receiving Slack's events, commands and clicks for {@code bot}; returns at once. */
    public synchronized void start(FollowUpBot bot) throws SlackStartException {
        if (receiver != null) {
            throw new IllegalStateException("already started");
        }
        WorkLanes work = new WorkLanes(LANES);
        App app = BoltApp.create(slack);
        new SlackListeners(bot, new EventTranslator(profiles, dms, new CommandNames(bot), files),
                new InteractionTranslator(profiles, dms, responseUrls), me, work).register(app);
        new LifecycleListeners(bot, dms, profiles, tokens, work).register(app);
        bot.inboundLedger().forgetOlderThan(SlackIdentity.source(me.teamId()), LEDGER_MEMORY);
        try {
            receiver = config.socketMode() ? SocketModeReceiver.start(app, config) : HttpReceiver.start(app, config, clock, routes);
        } catch (SlackStartException e) {
            work.close();
            throw e;
        }
        lanes = work;
    }

    /**
     * Serves {@code handler} at {@code path} beside {@code /slack/events} in HTTP mode (the OAuth install
     * pages of a multi-workspace app); call it before {@link #start}. False in Socket Mode, which has no server.
     */
    public synchronized boolean mount(String path, com.sun.net.httpserver.HttpHandler handler) {
        if (config.socketMode()) {
            return false;
        }
        routes.put(path, handler);
        return true;
    }

    /** {@link #start}, then waits until {@link #close} (from a shutdown hook, say). */
    public void run(FollowUpBot bot) throws SlackStartException, InterruptedException {
        start(bot);
        closed.await();
    }

    /** Started and not yet closed: what the launcher's health check reports for this adapter. */
    public boolean isReceiving() {
        return receiver != null && closed.getCount() > 0;
    }

    /** Where HTTP mode listens (its port, when configured as 0); empty in Socket Mode. */
    public Optional<InetSocketAddress> httpAddress() {
        return receiver instanceof HttpReceiver http ? Optional.of(http.address()) : Optional.empty();
    }

    /**
     * Stops receiving and lets the work in hand finish briefly. Sending keeps working, so a dispatch round
     * still running completes (the launcher stops its dispatch loop after the frontend). Safe to call twice.
     */
    @Override
    public void close() {
        Receiver current = receiver;
        if (current != null) {
            current.close();
        }
        WorkLanes work = lanes;
        if (work != null) {
            work.close();
        }
        closed.countDown();
    }

    private static void closeQuietly(Slack slack) {
        try {
            slack.close();
        } catch (Exception e) {
            log.debug("closing the Slack client: {}", e.toString());
        }
    }
}
