package com.followupbot.app;

import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.Storage;
import com.followupbot.migrations.Migrations;
import java.time.Duration;
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

    private BotRuntime(Closer closer, FollowUpBot bot) {
        this.closer = closer;
        this.bot = bot;
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
            FollowUpBot bot = FollowUpBot.create(jdbi, frontend.clock(), frontend.chatPorts(),
                    BotSettings.defaults(zone, instance));
            BotTasks tasks = frontend.background(BotTasks.of(bot));
            closer.register(DispatchLoop.start(tasks::dispatchDuePrompts, dispatchInterval));
            closer.register(QuartzCalendarJobs.start(database.config(), tasks));
            log.info("Follow-Up Bot running as {}; new users get the zone {}", instance, zone);
            return new BotRuntime(closer, bot);
        } catch (SchedulerException | FrontendUnavailableException | RuntimeException e) {
            closer.close();
            throw e;
        }
    }

    FollowUpBot bot() {
        return bot;
    }

    @Override
    public void close() {
        closer.close();
    }
}
