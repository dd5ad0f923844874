package com.followupbot.conversation;

import com.followupbot.capture.EventPhrase;

import com.followupbot.capture.Contact;
import com.followupbot.capture.ContactBook;
import com.followupbot.capture.Meeting;
import com.followupbot.capture.MeetingEdits;
import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatPort;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.PromptSender;
import com.followupbot.followup.StepKind;
import com.followupbot.i18n.Texts;
import com.followupbot.user.Language;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.List;

/**
 * Composes a step's prompt: who, where and when they met, the concrete action, a ready-to-use draft
 * in the user's language, and the inline answers. Sends it to the user's private chat.
 */
public final class PromptMessages implements PromptSender {

    private final UserDirectory users;
    private final ContactBook contacts;
    private final MeetingEdits meetings;
    private final Buttons buttons;
    private final Texts texts;
    private final DateWords dates;
    private final ChatPort chat;
    private final Clock clock;
    private final MyAsks asks;

    public PromptMessages(UserDirectory users, ContactBook contacts, MeetingEdits meetings, Buttons buttons,
                          Texts texts, ChatPort chat, Clock clock) {
        this.asks = new MyAsks(users, texts);
        this.users = users;
        this.contacts = contacts;
        this.meetings = meetings;
        this.buttons = buttons;
        this.texts = texts;
        this.dates = new DateWords(texts);
        this.chat = chat;
        this.clock = clock;
    }

    @Override
    public MessageRef sendPrompt(FollowUpStep step) {
        User user = users.byId(step.userId());
        if (user.privateChatId() == null) {
            return null;
        }
        return chat.send(ChatId.privateChat(user.privateChatId()), compose(user, step));
    }

    /** Renders the whole batch, its buttons stored in one insert; each prompt is sent by its own {@code send()}. */
    @Override
    public List<Prepared> prepare(List<FollowUpStep> steps) {
        Buttons.Batch batch = buttons.batch();
        List<Prepared> prepared = new ArrayList<>(steps.size());
        // three queries for the whole batch, not three per prompt
        Long[] userIds = steps.stream().map(FollowUpStep::userId).toArray(Long[]::new);
        Map<Long, User> byId = users.byIds(Arrays.asList(userIds));
        Map<Long, Contact> contactById = contacts.findAll(userIds, steps.stream().map(FollowUpStep::contactId).toArray(Long[]::new));
        Map<Long, Meeting> meetingById = meetings.findAll(userIds, steps.stream().map(FollowUpStep::meetingId).toArray(Long[]::new));
        for (FollowUpStep step : steps) {
            try {
                User user = Objects.requireNonNull(byId.get(step.userId()), "user");
                if (user.privateChatId() == null) {
                    prepared.add(new Prepared(step, () -> null));
                    continue;
                }
                ChatId to = ChatId.privateChat(user.privateChatId());
                OutboundMessage message = compose(user, step, Objects.requireNonNull(contactById.get(step.contactId()), "contact"),
                        Objects.requireNonNull(meetingById.get(step.meetingId()), "meeting"), batch);
                prepared.add(new Prepared(step, () -> chat.send(to, message)));
            } catch (RuntimeException e) {
                prepared.add(new Prepared(step, () -> {
                    throw e;
                }));
            }
        }
        batch.store();
        return prepared;
    }

    public OutboundMessage compose(User user, FollowUpStep step) {
        Buttons.Batch batch = buttons.batch();
        OutboundMessage message = compose(user, step, contacts.find(user.id(), step.contactId()).orElseThrow(),
                meetings.find(user.id(), step.meetingId()).orElseThrow(), batch);
        batch.store();
        return message;
    }

    /** The prompt, its answers one keyboard of {@code buttons} (stored when the batch is). */
    private OutboundMessage compose(User user, FollowUpStep step, Contact contact, Meeting meeting, Buttons.Batch buttons) {
        Language lang = user.speaks();
        LocalDate today = clock.instant().atZone(user.zone()).toLocalDate();
        String ago = dates.ago(lang, meeting.metOn(), today);
        String event = EventPhrase.of(meeting.rawText(), meeting.event(),
                meeting.event() == null ? "" : texts.get(lang, "event.fallback", "event", meeting.event()));
        String text = String.join("\n",
                texts.get(lang, step.kind().visit() ? "prompt.context.visit" : "prompt.context", "icon", texts.get(lang, "prompt.icon." + step.kind()),
                        "name", contact.fullName(), "ago", ago, "event", event, "details", details(lang, contact, meeting)),
                texts.get(lang, "prompt.action." + step.kind(), "first", contact.firstName()),
                "“" + draft(user, step.kind(), contact, event, ago) + "”");
        return new OutboundMessage(text, answerRows(user, step, buttons, texts), texts.get(lang, "prompt.hint"));
    }

    /** The one-line outcome that replaces a prompt once answered, so it cannot be answered twice. */
    public OutboundMessage outcome(User user, FollowUpStep step, String outcomeKey, Object... args) {
        Language lang = user.speaks();
        Contact contact = contacts.find(user.id(), step.contactId()).orElseThrow();
        String label = texts.get(lang, "step.label." + step.kind(), "name", contact.fullName());
        Object[] all = new Object[args.length + 2];
        all[0] = "label";
        all[1] = label;
        System.arraycopy(args, 0, all, 2, args.length);
        return OutboundMessage.text(texts.get(lang, outcomeKey, all));
    }

    private String details(Language lang, Contact contact, Meeting meeting) {
        List<String> parts = new ArrayList<>();
        if (contact.company() != null) {
            parts.add(contact.company());
        }
        if (meeting.note() != null) {
            parts.add("“" + meeting.note() + "”");
        }
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    private String draft(User user, StepKind kind, Contact contact, String event, String ago) {
        Language lang = user.speaks();
        String me = user.firstName();
        String interest = contact.company() == null ? "" : texts.get(lang, "draft.interest", "company", contact.company());
        String key = "draft." + kind + (kind == StepKind.CALL && me == null ? ".anonymous" : "");
        String sign = me == null ? "" : texts.get(lang, "draft.sign", "me", me);
        String draft = texts.get(lang, key, "first", contact.firstName(), "event", event, "ago", ago, "interest", interest,
                "me", me, "sign", sign, "closing", texts.get(lang, closing(user)));
        // the call for a one-to-one ends with a specific request: the user's ask
        return kind == StepKind.CALL ? draft + asks.inCallDraft(user) : draft;
    }

    /** A note drafted in the evening wishes a good evening, not a good day. */
    private String closing(User user) {
        return clock.instant().atZone(user.zone()).getHour() >= EVENING_FROM ? "draft.closing.evening" : "draft.closing.day";
    }

    private static final int EVENING_FROM = 17;

    private static List<List<Button>> answerRows(User user, FollowUpStep step, Buttons.Batch buttons, Texts texts) {
        Language lang = user.speaks();
        Buttons.Batch.Keyboard answers = buttons.keyboard(user.id(), step.id());
        List<Button> first = new ArrayList<>();
        if (step.kind() == StepKind.CALL) {
            first.add(answers.button(texts.get(lang, "button.booked"), ButtonAction.STEP_BOOKED, null));
        }
        first.add(answers.button(texts.get(lang, "button.done"), ButtonAction.STEP_DONE, null));
        first.add(answers.button(texts.get(lang, "button.skip"), ButtonAction.STEP_SKIP, null));
        List<Button> snooze = List.of(
                answers.button(texts.get(lang, "button.snooze1d"), ButtonAction.STEP_SNOOZE, "P1D"),
                answers.button(texts.get(lang, "button.snooze3d"), ButtonAction.STEP_SNOOZE, "P3D"),
                answers.button(texts.get(lang, "button.snooze1w"), ButtonAction.STEP_SNOOZE, "P7D"));
        return List.of(first, snooze);
    }
}
