package com.followupbot.conversation;

import com.followupbot.capture.MessageReader;
import com.followupbot.capture.OutcomeMention;
import com.followupbot.capture.PromptAnswer;
import com.followupbot.capture.Understanding;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.MessageRef;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.PromptedSteps;
import com.followupbot.referral.ReferralStatus;
import com.followupbot.user.User;
import java.util.List;
import java.util.Optional;

/**
 * One typed message, in one pass: understood once (by the caller), resolved against what the user has
 * open (the prompt it replies to, then the open questions, newest first), then acted on. A question
 * takes only what answers it — "change my time zone to London" is a settings request whatever is open —
 * and the questions that do not are kept.
 */
final class TextTurn {

    private final Questions questions;
    private final OpenQuestions openQuestions;
    private final PromptedSteps prompted;
    private final AnswerFlow answers;
    private final CaptureFlow captures;
    private final CorrectionFlow fixes;
    private final CommandFlow commands;
    private final ForgetFlow forgets;
    private final SettingsFlow settings;
    private final UndoFlow undo;
    private final LinkFlow links;
    private final ReferralFlow referrals;
    private final ReferralOutcomes outcomes;
    private final ReferralListing listing;
    private final StatsFlow stats;
    private final SlipsFlow slips;
    private final Replies replies;
    private final ExportFlow exports;
    private final DeleteDataFlow deletions;
    private final MyAskFlow asks;
    private ImportFlow imports;

    /** Wired after construction: "import" only explains how to send the file. */
    void attach(ImportFlow importFlow) {
        this.imports = importFlow;
    }

    TextTurn(Questions questions, OpenQuestions openQuestions, PromptedSteps prompted, AnswerFlow answers,
             CaptureFlow captures, CorrectionFlow fixes, CommandFlow commands, ForgetFlow forgets, SettingsFlow settings,
             UndoFlow undo, LinkFlow links, ReferralFlow referrals, ReferralOutcomes outcomes, ReferralListing listing,
             StatsFlow stats, SlipsFlow slips, Replies replies, MyAskFlow asks, ExportFlow exports,
             DeleteDataFlow deletions) {
        this.deletions = deletions;
        this.asks = asks;
        this.exports = exports;
        this.listing = listing;
        this.stats = stats;
        this.slips = slips;
        this.links = links;
        this.referrals = referrals;
        this.outcomes = outcomes;
        this.questions = questions;
        this.openQuestions = openQuestions;
        this.prompted = prompted;
        this.answers = answers;
        this.captures = captures;
        this.fixes = fixes;
        this.commands = commands;
        this.forgets = forgets;
        this.settings = settings;
        this.undo = undo;
        this.replies = replies;
    }

    void handle(User user, ChatUser who, ChatId chat, String text, MessageRef replyTo, Understanding understanding) {
        if (replyTo != null && toRepliedPrompt(user, chat, replyTo, understanding)) {
            return;
        }
        List<Questions.Open> open = questions.open(user.id());
        for (int i = 0; i < open.size(); i++) {
            if (openQuestions.answer(user, chat, text, understanding, open.get(i), i == 0)) {
                return;
            }
        }
        act(user, who, chat, text, understanding);
    }

    /** "done, sent her an email" typed as a reply to the prompt itself. */
    private boolean toRepliedPrompt(User user, ChatId chat, MessageRef replyTo, Understanding understanding) {
        Optional<FollowUpStep> step = prompted.promptedBy(user.id(), replyTo);
        if (step.isEmpty()) {
            return false;
        }
        if (understanding instanceof Understanding.Answer a) {
            answers.toPrompt(user, chat, a.answer(), step.get());
            return true;
        }
        if (understanding instanceof Understanding.When w) {
            answers.toPrompt(user, chat, new PromptAnswer(PromptAnswer.Kind.SNOOZE, null, null, null, w.when()), step.get());
            return true;
        }
        return false;
    }

    /** The message acted on by itself: nothing open took it. */
    private void act(User user, ChatUser who, ChatId chat, String text, Understanding u) {
        if (u instanceof Understanding.Command c) {
            command(user, who, chat, c);
        } else if (u instanceof Understanding.Answer a) {
            answers.answer(user, chat, a.answer(), text);
        } else if (u instanceof Understanding.Capture c) {
            captures.start(user, chat, text, c.parsed());
        } else if (u instanceof Understanding.Visit v) {
            captures.startVisit(user, chat, text, v.parsed());
        } else if (u instanceof Understanding.Fix f) {
            fixes.apply(user, chat, f.correction(), null, null);
        } else if (u instanceof Understanding.Referral r) {
            referrals.record(user, chat, r.referral(), text);
        } else if (u instanceof Understanding.Outcome o) {
            outcome(user, chat, text, o.outcome());
        } else if (u instanceof Understanding.When w) {
            if (!answers.snoozeTo(user, chat, w.when(), w.name(), text)) {
                replies.say(user, chat, "unknown");
            }
        } else if (u instanceof Understanding.Yes) {
            replies.say(user, chat, "reply.yes");
        } else if (u instanceof Understanding.No) {
            replies.say(user, chat, "reply.no");
        } else if (u instanceof Understanding.Thanks) {
            replies.say(user, chat, "reply.thanks");
        } else if (u instanceof Understanding.TooLong) {
            replies.say(user, chat, "tooLong", "max", MessageReader.MAX_BYTES);
        } else {
            replies.say(user, chat, "unknown");
        }
    }

    /**
     * "meeting set with Sara", "contacted Luca": about a referral when the user has one for that name; else,
     * with a follow-up open for a contact of that name, the answer it would be (booked, done).
     */
    private void outcome(User user, ChatId chat, String text, OutcomeMention said) {
        PromptAnswer.Kind asAnswer = said.status() == ReferralStatus.MEETING ? PromptAnswer.Kind.BOOKED
                : said.status() == ReferralStatus.CONTACTED ? PromptAnswer.Kind.DONE : null;
        if (asAnswer != null && said.prospect() != null && !outcomes.hasReferral(user, said.prospect())
                && answers.hasOpenStep(user, said.prospect())) {
            answers.answer(user, chat, new PromptAnswer(asAnswer, null, null, said.prospect(), null), text);
            return;
        }
        outcomes.typed(user, chat, said);
    }

    private void command(User user, ChatUser who, ChatId chat, Understanding.Command command) {
        switch (command.name()) {
            case HELP -> commands.help(user, chat);
            case TODAY -> commands.today(user, chat);
            case UPCOMING -> commands.upcoming(user, chat);
            case CONTACTS -> commands.contacts(user, chat);
            case WHO -> commands.who(user, chat, command.args());
            case FORGET -> forgets.forget(user, chat, command.args());
            case UNDO -> undo.undoLast(user, chat);
            case SETTINGS -> settings.handle(user, chat, command.args());
            case FIX -> fixes.askWhatToFixLatest(user, chat);
            case LINK -> links.link(user, who, chat, command.args());
            case UNLINK -> links.unlink(user, who, chat);
            case REFERRALS -> listing.referrals(user, chat, command.args());
            case CHAPTER -> listing.chapter(user, chat);
            case STATS -> stats.stats(user, chat);
            case SLIPS -> slips.slips(user, chat, command.args());
            case ASK -> asks.handle(user, chat, command.args());
            case EXPORT -> exports.export(user, chat);
            case IMPORT -> imports.explain(user, chat);
            case DELETE_DATA -> deletions.ask(user, chat);
        }
    }
}
