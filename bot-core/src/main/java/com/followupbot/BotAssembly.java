package com.followupbot;

import com.followupbot.capture.ContactBook;
import com.followupbot.capture.MeetingEdits;
import com.followupbot.capture.MeetingLog;
import com.followupbot.capture.MessageReader;
import com.followupbot.chat.ChatPort;
import com.followupbot.chat.RoutingChatPort;
import com.followupbot.conversation.Conversation;
import com.followupbot.conversation.ConversationAssembly;
import com.followupbot.followup.Dispatcher;
import com.followupbot.followup.DueBacklog;
import com.followupbot.followup.FollowUps;
import com.followupbot.followup.OneToOnes;
import com.followupbot.followup.PromptPacing;
import com.followupbot.i18n.Texts;
import com.followupbot.inbound.InboundHold;
import com.followupbot.inbound.InboundHandler;
import com.followupbot.inbound.InboundLedger;
import com.followupbot.inbound.InboundRetry;
import com.followupbot.inbound.OutageNotice;
import com.followupbot.ops.BotMetrics;
import com.followupbot.pacing.ChatPromptPacing;
import com.followupbot.pacing.PacedChatPort;
import com.followupbot.pacing.Pause;
import com.followupbot.pacing.SendPacer;
import com.followupbot.user.UserDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Wires the core by hand: plain constructors, no container. */
final class BotAssembly {

    private final FollowUpBot bot;

    /** How long an inbound event stays with the instance that took it before another may handle it. */
    private static final Duration INBOUND_LEASE = Duration.ofMinutes(1);

    /** A platform's port, paced against its limits if it has any. */
    private record Paced(ChatPort platform, ChatPort port, Optional<SendPacer> pacer) {
    }

    BotAssembly(Jdbi jdbi, Clock clock, Pause pause, List<ChatPort> platforms, BotSettings settings, BotMetrics metrics) {
        UserDirectory users = new UserDirectory(jdbi, clock, settings.defaultZone());
        // Platforms with rate limits get every send paced, through the database so instances pace as one.
        List<Paced> paced = platforms.stream().map(platform -> {
            Optional<SendPacer> pacer = platform.sendLimits().map(limits -> new SendPacer(jdbi, limits, clock));
            return new Paced(platform, pacer.<ChatPort>map(p -> new PacedChatPort(platform, p, pause)).orElse(platform), pacer);
        }).toList();
        ChatPort chat = paced.size() == 1 ? paced.get(0).port() : new RoutingChatPort(paced.stream().map(Paced::port).toList());
        PromptPacing pacing = paced.stream().anyMatch(p -> p.pacer().isPresent())
                ? new ChatPromptPacing(users, chatId -> paced.stream().filter(p -> p.platform().owns(chatId)).findFirst()
                        .flatMap(Paced::pacer))
                : PromptPacing.NONE;
        FollowUps followUps = new FollowUps(jdbi, clock);
        OneToOnes oneToOnes = new OneToOnes(jdbi, clock);
        ContactBook contacts = new ContactBook(jdbi, followUps, oneToOnes);
        MeetingEdits meetings = new MeetingEdits(jdbi, followUps);
        ConversationAssembly conversation = new ConversationAssembly(jdbi, Transactions.of(jdbi), clock, chat, users,
                MessageReader.standard(), contacts, meetings, new MeetingLog(jdbi, followUps, clock), followUps, oneToOnes);
        Dispatcher dispatcher = new Dispatcher(jdbi, clock, conversation.prompts(), settings.instanceId(), settings.lease(),
                settings.batchSize(), users::markBlocked, pacing, pause, (userIds, now) -> workingSlots(users, userIds, now));
        InboundLedger ledger = new InboundLedger(jdbi, INBOUND_LEASE, clock);
        InboundHold hold = settings.holdFile() == null ? InboundHold.inMemory(InboundHold.DEFAULT_CAPACITY)
                : InboundHold.inFile(settings.holdFile(), InboundHold.DEFAULT_CAPACITY);
        // the notice goes to the platforms unpaced: their pacing lives in the database that is away
        ChatPort unpaced = platforms.size() == 1 ? platforms.get(0) : new RoutingChatPort(platforms);
        InboundRetry retry = new InboundRetry(hold, ledger, metered(conversation.conversation(), metrics),
                new OutageNotice(unpaced, new Texts()), clock, metrics);
        this.bot = new FollowUpBot(dispatcher, conversation.agenda(), conversation.reminders(),
                conversation.referralChecks(), conversation.digest(), conversation::chapterSchedules,
                conversation.housekeeping(), ledger, retry, conversation.menu(), conversation.conversation());
        conversation.conversation().observe(metrics);
        this.bot.observe(metrics, new DueBacklog(jdbi, clock));
    }

    /** What the conversation is handed, counted as received once it is handled (replays included). */
    private static InboundHandler metered(Conversation conversation, BotMetrics metrics) {
        return (inbound, processed) -> {
            metrics.received(inbound.from().platform());
            conversation.handle(inbound, processed);
        };
    }

    /** Each user's next moment inside their working hours: a prompt that came due outside them waits for it. */
    private static Map<Long, Instant> workingSlots(UserDirectory users, Collection<Long> userIds, Instant now) {
        Map<Long, Instant> slots = new HashMap<>();
        users.byIds(userIds).forEach((id, user) ->
                slots.put(id, user.workingHours().nextSlot(now.atZone(user.zone())).toInstant()));
        return slots;
    }

    FollowUpBot bot() {
        return bot;
    }
}
