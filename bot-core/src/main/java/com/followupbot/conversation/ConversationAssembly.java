package com.followupbot.conversation;

import com.followupbot.Transactions;
import com.followupbot.capture.ContactBook;
import com.followupbot.capture.MeetingEdits;
import com.followupbot.capture.MeetingLog;
import com.followupbot.capture.MessageReader;
import com.followupbot.capture.SettingsReader;
import com.followupbot.chapter.ChapterSchedule;
import com.followupbot.chapter.Chapters;
import com.followupbot.chat.ChatPort;
import com.followupbot.chat.MessageRef;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.PromptSender;
import com.followupbot.followup.FollowUps;
import com.followupbot.followup.OneToOnes;
import com.followupbot.followup.PromptedSteps;
import com.followupbot.i18n.Texts;
import com.followupbot.referral.Referrals;
import com.followupbot.stats.Slips;
import com.followupbot.stats.Stats;
import com.followupbot.stats.StatsChart;
import com.followupbot.user.Links;
import com.followupbot.user.UserDirectory;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Wires the conversation's flows by hand, so that most of them stay package-private. */
public final class ConversationAssembly {

    private final Conversation conversation;
    private final PromptMessages prompts;
    private final PromptSender promptSender;
    private final HomeScreen home;
    private final MorningAgenda agenda;
    private final OneToOneReminders reminders;
    private final Housekeeping housekeeping;
    private final CommandMenu menu;
    private final ReferralChecks referralChecks;
    private final ChapterDigest digest;
    private final java.util.function.Supplier<java.util.List<ChapterSchedule>> chapterSchedules;

    public ConversationAssembly(Jdbi jdbi, Transactions transactions, Clock clock, ChatPort chat, UserDirectory users,
                                MessageReader reader, ContactBook contacts, MeetingEdits meetings, MeetingLog log,
                                FollowUps followUps, OneToOnes oneToOnes) {
        Questions questions = new Questions(jdbi, clock);
        UserActions journal = new UserActions(jdbi, clock);
        Buttons buttons = new Buttons(jdbi, clock);
        Replies replies = new Replies(chat, new Texts());
        this.prompts = new PromptMessages(users, contacts, meetings, buttons, replies.texts(), chat, clock);
        StepTexts texts = new StepTexts(prompts, contacts, followUps, oneToOnes, replies, clock);
        StepListing listing = new StepListing(contacts, replies, clock);
        StepAnswerFlow steps = new StepAnswerFlow(transactions, followUps, oneToOnes, journal, texts, questions, buttons,
                replies, clock);
        RetryFlow retries = new RetryFlow(steps, followUps, texts, questions, buttons, replies);
        PromptedSteps prompted = new PromptedSteps(jdbi);
        OneToOneBooking booking = new OneToOneBooking(transactions, contacts, users, oneToOnes, journal, questions, buttons,
                texts, replies, clock);
        AnswerFlow answers = new AnswerFlow(new StepTargets(prompted, followUps, contacts), steps, retries, followUps,
                texts, questions, buttons, replies, booking);
        MyAsks asks = new MyAsks(users, replies.texts());
        CaptureReplies confirmations = new CaptureReplies(meetings, buttons, replies, clock);
        CaptureFlow captures = new CaptureFlow(transactions, contacts, log, meetings, journal, steps, questions, buttons,
                replies, confirmations);
        CorrectionFlow fixes = new CorrectionFlow(transactions, meetings, contacts, reader, journal, questions, buttons,
                replies, captures, clock);
        CommandFlow commands = new CommandFlow(contacts, followUps, oneToOnes, buttons, replies, listing, clock);
        ForgetFlow forgets = new ForgetFlow(transactions, contacts, journal, questions, buttons, replies);
        SettingsFlow settings = new SettingsFlow(transactions, journal, users, SettingsReader.standard(), buttons, replies);
        Referrals referrals = new Referrals(jdbi, clock);
        ReferralMessages referralTexts = new ReferralMessages(buttons, replies);
        PrivateNotices notices = new PrivateNotices(users, replies, chat);
        ReferralCheckTimes checkTimes = new ReferralCheckTimes(clock);
        ReferralFlow referralFlow = new ReferralFlow(transactions, referrals, users, journal, questions, buttons,
                referralTexts, checkTimes, notices, replies, clock);
        ReferralOutcomes outcomes = new ReferralOutcomes(transactions, referrals, journal, questions, buttons, referralTexts,
                new ReferralReports(referrals, users, notices, referralTexts, replies), replies, asks);
        ContactReferrals contactReferrals = new ContactReferrals(referralFlow, users, buttons, replies);
        GiveFirst giveFirst = new GiveFirst(meetings, contacts, users, contactReferrals, referrals, buttons, replies);
        captures.attach(giveFirst);
        OneToOneCheckIns checkIns = new OneToOneCheckIns(transactions, oneToOnes, users, contacts, journal, booking, buttons,
                replies);
        this.referralChecks = new ReferralChecks(transactions, referrals, users, referralTexts, checkTimes, notices);
        Reversals reversals = new Reversals(journal, meetings, contacts, followUps, oneToOnes, users, texts,
                new ReferralUndo(referrals, users, referralTexts, buttons, replies), replies);
        UndoFlow undo = new UndoFlow(transactions, journal, reversals, meetings, texts, questions, buttons, replies, clock);
        PressRouter presses = new PressRouter(transactions, buttons, questions, steps, answers, retries, captures, fixes, forgets,
                settings, undo, followUps, contacts, referralFlow, outcomes, giveFirst, contactReferrals, replies, booking, checkIns);
        OpenQuestions open = new OpenQuestions(reader, questions, answers, steps, retries, captures, fixes, forgets,
                outcomes, replies, clock, booking);
        DeleteDataFlow deletions = new DeleteDataFlow(new com.followupbot.user.AccountDeletion(jdbi), buttons, replies);
        presses.attach(deletions);
        ImportFlow imports = new ImportFlow(transactions, contacts, journal, buttons, replies, clock);
        presses.attach(new ImportPlanning(contacts, log, followUps, buttons, replies));
        TextTurn turns = new TextTurn(questions, open, prompted, answers, captures, fixes, commands, forgets, settings, undo,
                new LinkFlow(new Links(jdbi, clock), users, replies), referralFlow, outcomes,
                new ReferralListing(referrals, users, referralTexts, replies),
                new StatsFlow(new Stats(jdbi, clock), new StatsChart(), replies), new SlipsFlow(new Slips(jdbi, clock), replies),
                replies, new MyAskFlow(transactions, users, journal, replies),
                new ExportFlow(new DataExport(contacts, followUps, referrals, replies), replies, clock), deletions);
        DeferredCommands deferred = new DeferredCommands(jdbi, clock);
        this.home = new HomeScreen(chat, followUps, oneToOnes, contacts, listing, buttons, replies, clock);
        this.conversation = new Conversation(users, reader, new Inbox(jdbi, clock), turns, presses, deferred, replies,
                transactions, home, clock);
        conversation.onPrivateMessage(referralFlow::deliverWaiting);
        conversation.attach(imports);
        turns.attach(imports);
        // the home lists what the prompt is about: refreshed after each prompt
        this.promptSender = !chat.showsHome() ? prompts : new PromptSender() {
            @Override
            public MessageRef sendPrompt(FollowUpStep step) {
                MessageRef sent = prompts.sendPrompt(step);
                home.refresh(users.byId(step.userId()));
                return sent;
            }

            @Override
            public List<Prepared> prepare(List<FollowUpStep> steps) {
                return prompts.prepare(steps).stream()
                        .map(p -> p.andThen(() -> home.refresh(users.byId(p.step().userId())))).toList();
            }
        };
        Chapters chapters = new Chapters(jdbi, clock);
        this.digest = new ChapterDigest(chapters, replies, clock);
        this.chapterSchedules = chapters::digestSchedules;
        conversation.attach(new ChapterGroupFlow(transactions, chapters, users, reader, conversation, presses, deferred, chat, replies, clock));
        this.agenda = new MorningAgenda(transactions, users, followUps, oneToOnes, commands, buttons, replies, listing, clock);
        this.reminders = new OneToOneReminders(transactions, oneToOnes, users, contacts, replies, clock,
                new OneToOneBriefs(transactions, oneToOnes, users, contacts, referrals, asks, replies, clock), checkIns);
        this.housekeeping = new Housekeeping(jdbi, clock);
        this.menu = new CommandMenu(replies.texts());
    }

    public Conversation conversation() {
        return conversation;
    }

    /** Sends a due step's prompt (and refreshes the home screen where there is one). */
    public PromptSender prompts() {
        return promptSender;
    }

    public MorningAgenda agenda() {
        return agenda;
    }

    public OneToOneReminders reminders() {
        return reminders;
    }

    public Housekeeping housekeeping() {
        return housekeeping;
    }

    public ChapterDigest digest() {
        return digest;
    }

    /** The chapters whose weekly digest is on, and when each goes out. */
    public java.util.List<ChapterSchedule> chapterSchedules() {
        return chapterSchedules.get();
    }

    public ReferralChecks referralChecks() {
        return referralChecks;
    }

    public CommandMenu menu() {
        return menu;
    }
}
