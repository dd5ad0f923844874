package com.followupbot.conversation;

import com.followupbot.capture.MeetingEdits;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.user.Language;
import com.followupbot.user.User;
import java.util.Optional;

/** Button presses: resolves the opaque token for this user and acts; unknown tokens change nothing. */
public final class PressRouter {

    private final Buttons buttons;
    private final Questions questions;
    private final StepAnswerFlow answers;
    private final CaptureFlow captures;
    private final CorrectionFlow fixes;
    private final CommandFlow commands;
    private final SettingsFlow settings;
    private final MeetingEdits meetings;
    private final CaptureReplies confirmations;
    private final Replies replies;

    public PressRouter(Buttons buttons, Questions questions, StepAnswerFlow answers, CaptureFlow captures,
                       CorrectionFlow fixes, CommandFlow commands, SettingsFlow settings, MeetingEdits meetings,
                       CaptureReplies confirmations, Replies replies) {
        this.buttons = buttons;
        this.questions = questions;
        this.answers = answers;
        this.captures = captures;
        this.fixes = fixes;
        this.commands = commands;
        this.settings = settings;
        this.meetings = meetings;
        this.confirmations = confirmations;
        this.replies = replies;
    }

    public void press(User user, Inbound.Press press) {
        Optional<Buttons.Pressed> pressed = buttons.resolve(user.id(), press.token());
        if (pressed.isEmpty()) {
            replies.acknowledge(press, user, "toast.expired");
            return;
        }
        String toast = act(user, press, pressed.get());
        replies.acknowledge(press, user, toast);
    }

    private String act(User user, Inbound.Press press, Buttons.Pressed b) {
        ChatId chat = press.chat();
        long target = b.targetId() == null ? 0 : b.targetId();
        switch (b.action()) {
            case STEP_DONE, STEP_SKIP, STEP_SNOOZE, STEP_BOOKED -> {
                return answers.answer(user, b.action(), target, b.param(), press.message());
            }
            case OVERDUE_SHOW, OVERDUE_DONE, OVERDUE_SKIP -> answers.answerOverdue(user, chat, b.action(), target, press.message());
            case CAPTURE_OK -> {
                meetings.confirm(user.id(), target);
                buttons.retire(user.id(), target, ButtonAction.CAPTURE_OK, ButtonAction.CAPTURE_FIX);
                replies.edit(press.message(), confirmations.confirmation(user, target, false));
            }
            case CAPTURE_FIX -> fixes.askWhatToFix(user, chat, target);
            case CAPTURE_UNDO -> {
                buttons.retire(user.id(), target, ButtonAction.CAPTURE_OK, ButtonAction.CAPTURE_FIX, ButtonAction.CAPTURE_UNDO,
                        ButtonAction.OVERDUE_SHOW, ButtonAction.OVERDUE_DONE, ButtonAction.OVERDUE_SKIP);
                replies.edit(press.message(), OutboundMessage.text(commands.undoText(user, target)));
            }
            case BOOKED_NOT_FIXED -> {
                questions.clear(user.id());
                replies.edit(press.message(), OutboundMessage.text(replies.text(user, "booked.later")));
            }
            case SAME_CONTACT, NEW_CONTACT -> {
                return sameContact(user, press, b);
            }
            case FORGET_YES -> {
                buttons.retire(user.id(), target, ButtonAction.FORGET_YES, ButtonAction.FORGET_NO);
                replies.edit(press.message(), OutboundMessage.text(commands.confirmForget(user, target)));
            }
            case FORGET_NO -> {
                questions.clear(user.id());
                buttons.retire(user.id(), target, ButtonAction.FORGET_YES, ButtonAction.FORGET_NO);
                replies.edit(press.message(), OutboundMessage.text(replies.text(user, "forget.kept")));
            }
            case AGENDA_SHOW_ALL -> commands.today(user, chat);
            case LANGUAGE -> settings.chooseLanguage(user, chat, Language.fromCode(b.param()));
        }
        return "toast.saved";
    }

    private String sameContact(User user, Inbound.Press press, Buttons.Pressed b) {
        Optional<PendingQuestion> q = questions.current(user.id());
        if (q.isEmpty() || !(q.get() instanceof PendingQuestion.SameContact same) || same.candidateId() != b.targetId()) {
            return "toast.expired";
        }
        replies.edit(press.message(), OutboundMessage.text(replies.text(user,
                b.action() == ButtonAction.SAME_CONTACT ? "same.answeredSame" : "same.answeredNew")));
        captures.answerSameContact(user, press.chat(), same, b.action() == ButtonAction.SAME_CONTACT ? same.candidateId() : null);
        return "toast.saved";
    }
}
