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
import com.followupbot.conversation.CommandFlow;
import com.followupbot.conversation.CommandRouter;
import com.followupbot.conversation.Conversation;
import com.followupbot.conversation.CorrectionFlow;
import com.followupbot.conversation.Housekeeping;
import com.followupbot.conversation.Inbox;
import com.followupbot.conversation.MorningAgenda;
import com.followupbot.conversation.PendingAnswers;
import com.followupbot.conversation.PressRouter;
import com.followupbot.conversation.ProgressFlow;
import com.followupbot.conversation.PromptMessages;
import com.followupbot.conversation.Questions;
import com.followupbot.conversation.Replies;
import com.followupbot.conversation.SettingsFlow;
import com.followupbot.conversation.StepAnswerFlow;
import com.followupbot.followup.Dispatcher;
import com.followupbot.followup.FollowUps;
import com.followupbot.i18n.Texts;
import com.followupbot.user.UserDirectory;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** Wires the core by hand: plain constructors, no container. */
final class BotAssembly {

    private final FollowUpBot bot;

    BotAssembly(Jdbi jdbi, Clock clock, ChatPort chat, BotSettings settings) {
        UserDirectory users = new UserDirectory(jdbi, clock, settings.defaultZone());
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

        Conversation conversation = new Conversation(users, reader, new Inbox(jdbi, clock),
                new PendingAnswers(questions, corrections, fixes, captures, answers, commands, replies, clock),
                new CommandRouter(reader, corrections, commands, settingsFlow, captures, progress, fixes, replies, clock),
                new PressRouter(buttons, questions, answers, captures, fixes, commands, settingsFlow, meetings,
                        confirmations, replies),
                replies, clock);
        Dispatcher dispatcher = new Dispatcher(jdbi, clock, prompts, settings.instanceId(), settings.lease(),
                settings.batchSize(), users::markBlocked);
        MorningAgenda agenda = new MorningAgenda(jdbi, users, followUps, contacts, buttons, replies, clock);
        this.bot = new FollowUpBot(conversation, dispatcher, agenda, new Housekeeping(jdbi, clock));
    }

    FollowUpBot bot() {
        return bot;
    }
}
