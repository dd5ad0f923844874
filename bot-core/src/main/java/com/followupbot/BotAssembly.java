package com.followupbot;

import com.followupbot.capture.ContactBook;
import com.followupbot.capture.CorrectionReader;
import com.followupbot.capture.MeetingEdits;
import com.followupbot.capture.MeetingLog;
import com.followupbot.capture.MessageReader;
import com.followupbot.capture.SettingsReader;
import com.followupbot.chat.ChatPort;
import com.followupbot.conversation.Buttons;
import com.followupbot.conversation.CaptureFlow;
import com.followupbot.conversation.CaptureReplies;
import com.followupbot.conversation.ChapterGroupFlow;
import com.followupbot.conversation.CommandMenu;
import com.followupbot.conversation.CommandFlow;
import com.followupbot.conversation.CommandRouter;
import com.followupbot.conversation.Conversation;
import com.followupbot.conversation.CorrectionFlow;
import com.followupbot.conversation.DeferredCommands;
import com.followupbot.conversation.Housekeeping;
import com.followupbot.conversation.Inbox;
import com.followupbot.conversation.MorningAgenda;
import com.followupbot.conversation.PendingAnswers;
import com.followupbot.conversation.PressRouter;
import com.followupbot.conversation.ProgressFlow;
import com.followupbot.conversation.PromptAnswerReader;
import com.followupbot.conversation.PromptMessages;
import com.followupbot.conversation.PromptReplyFlow;
import com.followupbot.conversation.Questions;
import com.followupbot.conversation.Replies;
import com.followupbot.conversation.SettingsFlow;
import com.followupbot.conversation.StepAnswerFlow;
import com.followupbot.followup.Dispatcher;
import com.followupbot.followup.FollowUps;
import com.followupbot.followup.PromptPacing;
import com.followupbot.followup.PromptedSteps;
import com.followupbot.inbound.InboundLedger;
import com.followupbot.i18n.Texts;
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
        MessageReader reader = MessageReader.standard();
        CorrectionReader corrections = CorrectionReader.standard();
        ContactBook contacts = new ContactBook(jdbi);
        MeetingEdits meetings = new MeetingEdits(jdbi);
        FollowUps followUps = new FollowUps(jdbi, clock);
        Questions questions = new Questions(jdbi, clock);
        Buttons buttons = new Buttons(jdbi, clock);
        Replies replies = new Replies(chat, new Texts());

        PromptMessages prompts = new PromptMessages(users, contacts, meetings, buttons, replies.texts(), chat, clock);
        CaptureReplies confirmations = new CaptureReplies(meetings, buttons, replies, clock);
        CaptureFlow captures = new CaptureFlow(contacts, new MeetingLog(jdbi, clock), questions, buttons, replies, confirmations);
        StepAnswerFlow answers = new StepAnswerFlow(followUps, meetings, prompts, confirmations, questions, buttons, replies, clock);
        CommandFlow commands = new CommandFlow(contacts, meetings, followUps, questions, buttons, replies, clock);
        SettingsFlow settingsFlow = new SettingsFlow(users, SettingsReader.standard(), buttons, replies);
        CorrectionFlow fixes = new CorrectionFlow(meetings, contacts, reader, questions, replies, confirmations, clock);
        ProgressFlow progress = new ProgressFlow(contacts, followUps, answers, replies, clock);

        DeferredCommands deferred = new DeferredCommands(jdbi, clock);
        CommandRouter router = new CommandRouter(reader, corrections, commands, settingsFlow, captures, progress, fixes,
                deferred, replies, clock);
        PressRouter presses = new PressRouter(buttons, questions, answers, captures, fixes, commands, settingsFlow, meetings,
                confirmations, replies);
        ChapterGroupFlow groups = new ChapterGroupFlow(users, reader, router, presses, deferred,
                chat, replies, clock);
        PromptReplyFlow promptReplies = new PromptReplyFlow(new PromptedSteps(jdbi), PromptAnswerReader.standard(),
                answers, followUps, replies);
        Conversation conversation = new Conversation(users, reader, new Inbox(jdbi, clock),
                new PendingAnswers(questions, corrections, fixes, captures, answers, commands, replies, clock),
                router, presses, groups, promptReplies, replies, clock);
        Dispatcher dispatcher = new Dispatcher(jdbi, clock, prompts, settings.instanceId(), settings.lease(),
                settings.batchSize(), users::markBlocked, pacing);
        MorningAgenda agenda = new MorningAgenda(jdbi, users, followUps, contacts, buttons, replies, clock);
        this.bot = new FollowUpBot(conversation, dispatcher, agenda, new Housekeeping(jdbi, clock),
                new InboundLedger(jdbi, INBOUND_LEASE), new CommandMenu(replies.texts()));
    }

    FollowUpBot bot() {
        return bot;
    }
}
