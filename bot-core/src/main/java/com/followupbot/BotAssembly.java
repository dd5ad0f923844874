package com.followupbot;

import com.followupbot.capture.ContactBook;
import com.followupbot.capture.MeetingEdits;
import com.followupbot.capture.MeetingLog;
import com.followupbot.capture.MessageReader;
import com.followupbot.chat.ChatPort;
import com.followupbot.conversation.ConversationAssembly;
import com.followupbot.followup.Dispatcher;
import com.followupbot.followup.FollowUps;
import com.followupbot.followup.OneToOnes;
import com.followupbot.followup.PromptPacing;
import com.followupbot.inbound.InboundLedger;
import com.followupbot.pacing.ChatPromptPacing;
import com.followupbot.pacing.PacedChatPort;
import com.followupbot.pacing.Pause;
import com.followupbot.pacing.SendPacer;
import com.followupbot.user.UserDirectory;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Wires the core by hand: plain constructors, no container. */
final class BotAssembly {

    private final FollowUpBot bot;

    /** How long an inbound event stays with the instance that took it before another may handle it. */
    private static final Duration INBOUND_LEASE = Duration.ofMinutes(1);

    BotAssembly(Jdbi jdbi, Clock clock, ChatPort platform, BotSettings settings) {
        UserDirectory users = new UserDirectory(jdbi, clock, settings.defaultZone());
        // Platforms with rate limits get every send paced, through the database so instances pace as one.
        Optional<SendPacer> pacer = platform.sendLimits().map(limits -> new SendPacer(jdbi, limits));
        ChatPort chat = pacer.<ChatPort>map(p -> new PacedChatPort(platform, p, Pause.REAL)).orElse(platform);
        PromptPacing pacing = pacer.<PromptPacing>map(p -> new ChatPromptPacing(users, p)).orElse(PromptPacing.NONE);
        FollowUps followUps = new FollowUps(jdbi, clock);
        OneToOnes oneToOnes = new OneToOnes(jdbi, clock);
        ContactBook contacts = new ContactBook(jdbi, followUps, oneToOnes);
        MeetingEdits meetings = new MeetingEdits(jdbi, followUps);
        ConversationAssembly conversation = new ConversationAssembly(jdbi, Transactions.of(jdbi), clock, chat, users,
                MessageReader.standard(), contacts, meetings, new MeetingLog(jdbi, followUps, clock), followUps, oneToOnes);
        Dispatcher dispatcher = new Dispatcher(jdbi, clock, conversation.prompts(), settings.instanceId(), settings.lease(),
                settings.batchSize(), users::markBlocked, pacing);
        this.bot = new FollowUpBot(conversation.conversation(), dispatcher, conversation.agenda(), conversation.reminders(),
                conversation.housekeeping(), new InboundLedger(jdbi, INBOUND_LEASE), conversation.menu());
    }

    FollowUpBot bot() {
        return bot;
    }
}
