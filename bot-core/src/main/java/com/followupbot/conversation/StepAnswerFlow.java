package com.followupbot.conversation;

import com.followupbot.Transactions;
import com.followupbot.capture.PromptAnswer;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.FollowUps;
import com.followupbot.followup.OneToOne;
import com.followupbot.followup.OneToOnes;
import com.followupbot.user.User;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers to prompts, pressed or typed: done, skip, snooze, booked one-to-one. Each answer changes the
 * steps and journals itself in one transaction (so "undo" can reverse it), then the prompt is edited to
 * its outcome so it cannot be answered twice.
 */
public final class StepAnswerFlow {

    /** What an answer changed: the steps as they now are (closed ones unchanged) and the one-to-one booked. */
    record Applied(List<FollowUpStep> changed, List<FollowUpStep> unchanged, OneToOne booked) {
        boolean anyChanged() {
            return !changed.isEmpty();
        }
    }

    private final Transactions transactions;
    private final FollowUps followUps;
    private final OneToOnes oneToOnes;
    private final UserActions journal;
    private final StepTexts texts;
    private final Questions questions;
    private final Buttons buttons;
    private final Replies replies;
    private final Clock clock;

    public StepAnswerFlow(Transactions transactions, FollowUps followUps, OneToOnes oneToOnes, UserActions journal,
                          StepTexts texts, Questions questions, Buttons buttons, Replies replies, Clock clock) {
        this.transactions = transactions;
        this.followUps = followUps;
        this.oneToOnes = oneToOnes;
        this.journal = journal;
        this.texts = texts;
        this.questions = questions;
        this.buttons = buttons;
        this.replies = replies;
        this.clock = clock;
    }

    /** A pressed answer on a prompt; returns the toast key. */
    public String press(User user, StepMove move, PromptAnswer.Kind kind, long stepId, MessageRef prompt) {
        Applied applied = apply(user, List.of(stepId), move, kind);
        editPrompts(user, applied, prompt);
        if (!applied.anyChanged()) {
            return "toast.alreadyAnswered";
        }
        if (move instanceof StepMove.Booked booked && booked.at() == null) {
            askBookedDate(user, stepId, prompt);
        }
        return "toast.saved";
    }

    /** A typed answer to one step: the prompt is edited, and the chat hears the outcome and what comes next. */
    public void typed(User user, ChatId chat, FollowUpStep step, StepMove move, PromptAnswer.Kind kind) {
        Applied applied = apply(user, List.of(step.id()), move, kind);
        editPrompts(user, applied, null);
        if (!applied.anyChanged()) {
            replies.say(user, chat, "typed.already", "outcome", texts.outcome(user, applied.unchanged().get(0)).text());
            return;
        }
        FollowUpStep now = applied.changed().get(0);
        if (move instanceof StepMove.Booked booked && booked.at() == null) {
            askBookedDate(user, now.id(), null);
            return;
        }
        replies.send(chat, OutboundMessage.text(texts.typedOutcome(user, now, kind, applied.booked())));
    }

    /**
     * Applies one move to several steps (a "Both" answer) in one transaction and one journal entry;
     * steps already closed are left as they are.
     */
    Applied apply(User user, List<Long> stepIds, StepMove move, PromptAnswer.Kind kind) {
        return transactions.inOne(() -> {
            List<FollowUpStep> changed = new ArrayList<>();
            List<FollowUpStep> unchanged = new ArrayList<>();
            List<UserAction.StepChange> changes = new ArrayList<>();
            OneToOne booked = null;
            for (long id : stepIds) {
                Optional<FollowUpStep> before = followUps.find(user.id(), id);
                Optional<FollowUpStep> after = before.isEmpty() ? Optional.empty() : change(user, id, move);
                if (after.isPresent()) {
                    changed.add(after.get());
                    changes.add(new UserAction.StepChange(before.get(), after.get()));
                    if (move instanceof StepMove.Booked b && b.at() != null) {
                        booked = oneToOnes.book(user, after.get().contactId(), id, b.at().toInstant());
                    }
                } else {
                    before.ifPresent(unchanged::add);
                }
            }
            if (booked != null) {
                journal.record(user.id(), new UserAction.BookedDate(booked.id(), booked.contactId(), booked.startsAt(),
                        changes.get(0)));
            } else if (!changes.isEmpty()) {
                journal.record(user.id(), new UserAction.Answered(kind, changes));
            }
            return new Applied(changed, unchanged, booked);
        });
    }

    private Optional<FollowUpStep> change(User user, long stepId, StepMove move) {
        if (move instanceof StepMove.Skip skip) {
            return followUps.skip(user.id(), stepId, skip.reason());
        }
        if (move instanceof StepMove.Snooze snooze) {
            return followUps.snoozeUntil(user, stepId, snooze.until(), snooze.reason());
        }
        if (move instanceof StepMove.Booked) {
            return followUps.booked(user.id(), stepId);
        }
        return followUps.done(user.id(), stepId);
    }

    /** Edits each step's prompt to its outcome ({@code pressedOn} is the message the press came from). */
    void editPrompts(User user, Applied applied, MessageRef pressedOn) {
        for (FollowUpStep step : concat(applied.changed(), applied.unchanged())) {
            MessageRef prompt = pressedOn != null && applied.changed().size() + applied.unchanged().size() == 1
                    ? pressedOn : step.promptMessage();
            replies.edit(prompt, texts.outcome(user, step));
        }
    }

    public OutboundMessage outcome(User user, FollowUpStep step) {
        return texts.outcome(user, step);
    }

    /** The date of a booked one-to-one, typed as the answer to "When is it?". */
    public void recordBookedDate(User user, ChatId chat, long stepId, ZonedDateTime at) {
        Optional<FollowUpStep> step = followUps.find(user.id(), stepId);
        if (step.isEmpty()) {
            return;
        }
        OneToOne booked = transactions.inOne(() -> {
            OneToOne made = oneToOnes.book(user, step.get().contactId(), stepId, at.toInstant());
            journal.record(user.id(), new UserAction.BookedDate(made.id(), made.contactId(), made.startsAt(), null));
            return made;
        });
        questions.close(user.id(), PendingQuestion.AwaitingBookedDate.class);
        replies.edit(step.get().promptMessage(), texts.outcome(user, step.get()));
        replies.send(chat, OutboundMessage.text(texts.bookedSaved(user, booked)));
    }

    private void askBookedDate(User user, long stepId, MessageRef prompt) {
        questions.askAgain(user.id(), new PendingQuestion.AwaitingBookedDate(stepId));
        ChatId chat = prompt != null ? new ChatId(prompt.chatId(), true) : ChatId.privateChat(user.privateChatId());
        replies.send(chat, replies.text(user, "booked.when"), List.of(List.of(
                buttons.make(user.id(), replies.text(user, "button.notFixed"), ButtonAction.BOOKED_NOT_FIXED, stepId))));
    }

    /** Sends a step's prompt now (from the agenda, "today" or a capture), so it can be answered at once. */
    public boolean open(User user, ChatId chat, long stepId) {
        Optional<FollowUpStep> step = followUps.find(user.id(), stepId).filter(s -> s.state().isOpen());
        if (step.isEmpty()) {
            return false;
        }
        replies.send(chat, texts.prompt(user, step.get()), sent -> {
            if (!followUps.openAsPrompt(user.id(), stepId, sent.chatId(), sent.messageId())) {
                followUps.attachPrompt(user.id(), stepId, sent.chatId(), sent.messageId());
            }
        });
        return true;
    }

    ZonedDateTime now(User user) {
        return clock.instant().atZone(user.zone());
    }

    private static List<FollowUpStep> concat(List<FollowUpStep> a, List<FollowUpStep> b) {
        List<FollowUpStep> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
