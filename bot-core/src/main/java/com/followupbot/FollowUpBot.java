package com.followupbot;

import com.followupbot.chat.ChatPort;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.InboundEvent;
import com.followupbot.chapter.ChapterSchedule;
import com.followupbot.conversation.ChapterDigest;
import com.followupbot.conversation.CommandMenu;
import com.followupbot.conversation.Conversation;
import com.followupbot.conversation.Housekeeping;
import com.followupbot.conversation.MorningAgenda;
import com.followupbot.conversation.OneToOneReminders;
import com.followupbot.conversation.ReferralChecks;
import com.followupbot.followup.Dispatcher;
import com.followupbot.followup.DueBacklog;
import com.followupbot.ops.BotMetrics;
import com.followupbot.inbound.InboundLedger;
import com.followupbot.inbound.InboundRetry;
import com.followupbot.pacing.Pause;
import com.followupbot.user.Language;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The bot as adapters and the launcher see it: messages in, due prompts and agendas out. Everything
 * it knows lives in PostgreSQL, so any number of instances can share one database.
 */
public final class FollowUpBot {

    private final Conversation conversation;
    private final Dispatcher dispatcher;
    private final MorningAgenda agenda;
    private final OneToOneReminders reminders;
    private final ReferralChecks referralChecks;
    private final ChapterDigest digest;
    private final java.util.function.Supplier<List<ChapterSchedule>> chapterSchedules;

    private final Housekeeping housekeeping;
    private final InboundLedger inboundLedger;
    private final InboundRetry retry;
    private final CommandMenu commandMenu;
    /** Set once by {@link BotAssembly} after construction, with the backlog query. */
    private BotMetrics metrics = BotMetrics.NONE;
    private DueBacklog backlog;

    FollowUpBot(Dispatcher dispatcher, MorningAgenda agenda, OneToOneReminders reminders,
                ReferralChecks referralChecks, ChapterDigest digest,
                java.util.function.Supplier<List<ChapterSchedule>> chapterSchedules, Housekeeping housekeeping,
                InboundLedger inboundLedger, InboundRetry retry, CommandMenu commandMenu, Conversation conversation) {
        this.retry = retry;
        this.digest = digest;
        this.chapterSchedules = chapterSchedules;
        this.referralChecks = referralChecks;
        this.conversation = conversation;
        this.dispatcher = dispatcher;
        this.agenda = agenda;
        this.reminders = reminders;
        this.housekeeping = housekeeping;
        this.inboundLedger = inboundLedger;
        this.commandMenu = commandMenu;
    }

    public static FollowUpBot create(Jdbi jdbi, Clock clock, ChatPort chat, BotSettings settings) {
        return create(jdbi, clock, List.of(chat), settings);
    }

    /** One bot on several platforms at once (Telegram and Slack): messages are routed by their chat. */
    public static FollowUpBot create(Jdbi jdbi, Clock clock, List<ChatPort> platforms, BotSettings settings) {
        return create(jdbi, clock, platforms, settings, BotMetrics.NONE);
    }

    /** As {@link #create(Jdbi, Clock, List, BotSettings)}, reporting what comes in to {@code metrics}. */
    public static FollowUpBot create(Jdbi jdbi, Clock clock, List<ChatPort> platforms, BotSettings settings, BotMetrics metrics) {
        return create(jdbi, clock, pauseOn(clock), platforms, settings, metrics);
    }

    /**
     * As {@link #create(Jdbi, Clock, List, BotSettings, BotMetrics)}, waiting for send slots through {@code pause}:
     * tests pass one that moves their clock, so several instances pace on one simulated time.
     */
    public static FollowUpBot create(Jdbi jdbi, Clock clock, Pause pause, List<ChatPort> platforms, BotSettings settings,
                                     BotMetrics metrics) {
        return new BotAssembly(jdbi, clock, pause, platforms, settings, metrics).bot();
    }

    /** A clock that stands still cannot be waited on in real time: waiting on it moves it. */
    private static Pause pauseOn(Clock clock) {
        return clock instanceof MovableClock movable ? movable.pause() : Pause.REAL;
    }

    void observe(BotMetrics metrics, DueBacklog backlog) {
        this.metrics = metrics;
        this.backlog = backlog;
    }

    /**
     * A text, a button press or a slash command from a user. Never throws for bad input. While the
     * database cannot be reached the message is kept and the user told so; {@link #replayHeld} handles it later.
     */
    public void handle(Inbound inbound) {
        retry.receive(null, inbound);
    }

    /**
     * A platform event carrying a message: handled once, however often the platform delivers it (a
     * retry, a replay after a restart). Returns false when it was a duplicate and nothing was done.
     * While the database cannot be reached the message is kept (and true returned: the platform need not
     * deliver it again); throws only when, on top of that, too many messages wait already.
     */
    public boolean handle(InboundEvent event, Inbound inbound) {
        return retry.receive(event, inbound);
    }

    /**
     * Handles the messages kept while the database was away, oldest first, as far as it is back now;
     * returns how many. The launcher calls it with the dispatch rounds; cheap when none wait.
     */
    public int replayHeld() {
        return retry.held() == 0 ? 0 : retry.replay();
    }

    /** How many messages wait for the database. */
    public int heldMessages() {
        return retry.held();
    }

    /** A user opened their home screen (Slack's App Home) from {@code privateChat}: show it. */
    public void openHome(ChatUser who, ChatId privateChat) {
        conversation.openHome(who, privateChat);
    }

    /** A platform event with nothing for the bot (an edited message, a join): recorded so the feed moves on. */
    public boolean pass(InboundEvent event) {
        if (!inboundLedger.claim(event)) {
            return false;
        }
        inboundLedger.done(event);
        return true;
    }

    /** Where an ordered feed resumes (Telegram's offset) and its trimming; adapters own no ledger of their own. */
    public InboundLedger inboundLedger() {
        return inboundLedger;
    }

    /** The commands a platform lists in its menu, in {@code language}, for private chats or groups. */
    public List<CommandMenu.Entry> commandMenu(Language language, CommandMenu.Scope scope) {
        return commandMenu.entries(language, scope);
    }

    /** Claims and sends every follow-up prompt due now; returns how many were delivered. */
    public int dispatchDuePrompts() {
        return dispatcher.dispatchDue();
    }

    /** Sends the morning agendas, the one-to-one reminders and the referral outcome checks due now; returns how many were sent. */
    public int sendDueAgendas() {
        return agenda.sendDue() + reminders.sendDue() + referralChecks.sendDue();
    }

    /** The chapters whose weekly digest is on, each with its day and time in its zone: one cron trigger each. */
    public List<ChapterSchedule> chapterDigestSchedules() {
        return chapterSchedules.get();
    }

    /** Posts the chapter's digest of this week to its group; false when it went out already this week. */
    public boolean sendChapterDigest(String chatId) {
        return digest.send(chatId);
    }

    /** The follow-up steps due and not yet prompted (every instance's), and the oldest one's wait: for monitoring. */
    public DueBacklog.Snapshot dueBacklog() {
        return backlog.now();
    }

    /** Frees claims whose lease expired (an instance died mid-delivery); returns how many. */
    public int releaseExpiredLeases() {
        return dispatcher.releaseExpiredLeases();
    }

    /** The periodic tidy-up: expired leases, year-old buttons, lapsed questions, journal entries past undo; returns rows touched. */
    public int housekeeping() {
        return dispatcher.releaseExpiredLeases() + housekeeping.purge();
    }
}
