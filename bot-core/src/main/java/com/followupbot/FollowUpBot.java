package com.followupbot;

import com.followupbot.chat.ChatPort;
import com.followupbot.chat.Inbound;
import com.followupbot.conversation.CommandMenu;
import com.followupbot.conversation.Conversation;
import com.followupbot.conversation.Housekeeping;
import com.followupbot.conversation.MorningAgenda;
import com.followupbot.conversation.OneToOneReminders;
import com.followupbot.followup.Dispatcher;
import com.followupbot.inbound.InboundLedger;
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

    private final Housekeeping housekeeping;
    private final InboundLedger inboundLedger;
    private final CommandMenu commandMenu;

    FollowUpBot(Conversation conversation, Dispatcher dispatcher, MorningAgenda agenda, OneToOneReminders reminders,
                Housekeeping housekeeping, InboundLedger inboundLedger, CommandMenu commandMenu) {
        this.conversation = conversation;
        this.dispatcher = dispatcher;
        this.agenda = agenda;
        this.reminders = reminders;
        this.housekeeping = housekeeping;
        this.inboundLedger = inboundLedger;
        this.commandMenu = commandMenu;
    }

    public static FollowUpBot create(Jdbi jdbi, Clock clock, ChatPort chat, BotSettings settings) {
        return new BotAssembly(jdbi, clock, chat, settings).bot();
    }

    /** A text, a button press or a slash command from a user. Never throws for bad input. */
    public void handle(Inbound inbound) {
        conversation.handle(inbound);
    }

    /** Makes each platform event count once (Telegram's update ids): adapters claim it before {@link #handle}. */
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

    /** Sends the morning agendas and the one-to-one reminders due now; returns how many were sent. */
    public int sendDueAgendas() {
        return agenda.sendDue() + reminders.sendDue();
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
