package com.followupbot.app;

import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.Storage;
import com.followupbot.migrations.Migrations;
import com.followupbot.chat.ChatPort;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.time.ZoneId;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the run command keeps alive around a frontend: database, bot, dispatch loop, calendar
 * jobs. {@link #close} stops them in reverse order (jobs, loop, pool, embedded server), once.
 */
final class BotRuntime implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BotRuntime.class);

    private final Closer closer;
    private final FollowUpBot bot;
    private final OpsServer ops;

    private BotRuntime(Closer closer, FollowUpBot bot, OpsServer ops) {
        this.closer = closer;
        this.bot = bot;
        this.ops = ops;
    }

    static BotRuntime start(DataDirectory dataDir, Terminal terminal, ZoneId zone, ChatFrontend frontend, Duration dispatchInterval)
            throws SchedulerException, FrontendUnavailableException {
        Closer closer = new Closer();
        try {
            Database database = closer.register(Database.open(dataDir, terminal));
            int applied = Migrations.migrate(database.dataSource());
            log.info("Database schema up to date ({} migration(s) applied now)", applied);
            String instance = InstanceName.local();
            org.jdbi.v3.core.Jdbi jdbi = Storage.jdbi(database.dataSource());
            frontend.useDatabase(jdbi);
            int opsPort = OpsServer.port(terminal);
            OpsMetrics metrics = new OpsMetrics();
            List<ChatPort> ports = frontend.chatPorts().stream()
                    .<ChatPort>map(port -> new MeteredChatPort(port, MeteredChatPort.platformOf(port), metrics)).toList();
            // messages that come while the database is away wait in the data directory, kept across a restart
            BotSettings settings = BotSettings.defaults(zone, instance);
            Path holdFile = HoldFileChoice.choose(database, dataDir, closer);
            if (holdFile != null) {
                settings = settings.withHoldFile(holdFile);
            }
            FollowUpBot bot = FollowUpBot.create(jdbi, frontend.clock(), ports, settings, metrics);
            metrics.watchBacklog(bot::dueBacklog);
            metrics.watchHeld(bot::heldMessages);
            BotTasks tasks = frontend.background(BotTasks.of(bot));
            // each round first catches up on messages kept during an outage, then sends what is due
            closer.register(DispatchLoop.start(() -> tasks.replayHeld() + metrics.dispatchRound(tasks::dispatchDuePrompts),
                    dispatchInterval));
            QuartzCalendarJobs jobs = closer.register(QuartzCalendarJobs.start(database.config(), database.connectionTimeout(), tasks));
            OpsServer ops = null;
            if (opsPort >= 0) {
                HealthChecks health = new HealthChecks()
                        .add("database", HealthChecks.database(database.dataSource()))
                        .add("scheduler", HealthChecks.scheduler(jobs.scheduler()))
                        .addAll(frontend.adapterChecks());
                try {
                    ops = closer.register(OpsServer.start(opsPort, metrics, health));
                } catch (IOException e) {
                    throw new StartupException(ExitCodes.CONFIGURATION, OpsServer.PORT_VARIABLE + " " + opsPort
                            + ": cannot listen there (" + e.getMessage() + ")", e);
                }
            }
            log.info("Follow-Up Bot running as {}; new users get the zone {}", instance, zone);
            return new BotRuntime(closer, bot, ops);
        } catch (SchedulerException | FrontendUnavailableException | RuntimeException e) {
            closer.close();
            throw e;
        }
    }

    FollowUpBot bot() {
        return bot;
    }

    /** Where /metrics and /healthz are served; empty when FOLLOWUP_OPS_PORT is not set. */
    OptionalInt opsPort() {
        return ops == null ? OptionalInt.empty() : OptionalInt.of(ops.port());
    }

    @Override
    public void close() {
        closer.close();
    }
}
