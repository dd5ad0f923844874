package com.followupbot.conversation;

import com.followupbot.capture.Contact;
import com.followupbot.capture.ContactBook;
import com.followupbot.capture.TextNormalizer;
import com.followupbot.capture.PromptAnswer;
import com.followupbot.followup.FollowUpStep;
import com.followupbot.followup.FollowUps;
import com.followupbot.followup.PromptedSteps;
import com.followupbot.followup.StepKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which steps a typed answer is about: the prompt it replies to; else the open prompts of the contact it
 * names ("done Dora"), or that contact's next open step ("emailed Anna" before the note was due); else
 * the open prompts, narrowed by the step it hints at ("connected" → LinkedIn).
 */
final class StepTargets {

    /** Beyond this many open prompts, "Which one?" shows the newest. */
    static final int MAX_CHOICES = 6;

    /**
     * The steps an answer may mean, and the contact it named (null when it named nobody); {@code unknownName}
     * when it named someone the user never logged, {@code closed} when the step it names is already closed.
     */
    record Found(List<FollowUpStep> steps, Contact named, String unknownName, StepKind closed) {
        Found(List<FollowUpStep> steps, Contact named, String unknownName) {
            this(steps, named, unknownName, null);
        }
    }

    private final PromptedSteps prompted;
    private final FollowUps followUps;
    private final ContactBook contacts;

    StepTargets(PromptedSteps prompted, FollowUps followUps, ContactBook contacts) {
        this.prompted = prompted;
        this.followUps = followUps;
        this.contacts = contacts;
    }

    boolean hasOpenStep(long userId, String name) {
        return contacts.matching(userId, name).stream()
                .anyMatch(c -> followUps.ofContact(userId, c.id()).stream().anyMatch(s -> s.state().isOpen()));
    }

    Found find(long userId, PromptAnswer answer, String text) {
        Found found = candidates(userId, answer, text);
        return answer.kind() == PromptAnswer.Kind.BOOKED ? toCalls(userId, found) : found;
    }

    /** A booking is about the contact's call, whichever of their prompts is open. */
    private Found toCalls(long userId, Found found) {
        List<FollowUpStep> calls = new ArrayList<>();
        for (FollowUpStep step : found.steps()) {
            FollowUpStep call = followUps.ofContact(userId, step.contactId()).stream()
                    .filter(s -> s.kind() == StepKind.CALL && s.state().isOpen()).findFirst().orElse(step);
            if (calls.stream().noneMatch(c -> c.id() == call.id())) {
                calls.add(call);
            }
        }
        return new Found(calls, found.named(), found.unknownName(), found.closed());
    }

    private Found candidates(long userId, PromptAnswer answer, String text) {
        List<FollowUpStep> open = prompted.awaitingAnswer(userId, 20);
        Map<Long, Contact> people = contactsOf(userId, open);
        List<Contact> mentioned = mentioned(text, people.values());
        if (!mentioned.isEmpty()) {
            List<FollowUpStep> theirs = open.stream().filter(s -> mentioned.stream().anyMatch(c -> c.id() == s.contactId())).toList();
            return new Found(narrow(theirs, stepOf(answer), isBooking(answer)), mentioned.size() == 1 ? mentioned.get(0) : null, null);
        }
        if (answer.name() != null) {
            Optional<Found> named = namedElsewhere(userId, answer);
            if (named.isPresent()) {
                return named.get();
            }
        }
        return new Found(narrow(open, stepOf(answer), isBooking(answer)), null, null);
    }

    /** A contact with no open prompt: their next open step of the hinted kind, or the earliest one. */
    private Optional<Found> namedElsewhere(long userId, PromptAnswer answer) {
        List<Contact> found = List.of();
        // "Sara said yes, booked …": the name is the first words of what was left over
        String[] words = answer.name().split(" ");
        for (int n = words.length; n > 0 && found.isEmpty(); n--) {
            found = contacts.matching(userId, String.join(" ", java.util.Arrays.copyOf(words, n)));
        }
        if (found.isEmpty()) {
            // a name written with a capital that the user never logged; "Sara said" is Sara
            String capitalised = java.util.Arrays.stream(words).takeWhile(w -> Character.isUpperCase(w.codePointAt(0)))
                    .collect(java.util.stream.Collectors.joining(" "));
            return capitalised.isEmpty() ? Optional.empty() : Optional.of(new Found(List.of(), null, capitalised));
        }
        Contact contact = found.get(0);
        List<FollowUpStep> steps = followUps.ofContact(userId, contact.id()).stream().filter(s -> s.state().isOpen()).toList();
        StepKind kind = stepOf(answer);
        boolean booking = isBooking(answer);
        Optional<FollowUpStep> step = kind != null ? steps.stream().filter(s -> hints(kind, s.kind(), booking)).findFirst()
                : steps.stream().findFirst();
        if (kind != null && step.isEmpty()
                && followUps.ofContact(userId, contact.id()).stream().anyMatch(s -> hints(kind, s.kind(), booking))) {
            return Optional.of(new Found(List.of(), contact, null, kind));
        }
        return Optional.of(new Found(step.map(List::of).orElse(List.of()), contact, null));
    }

    /** The step the answer is about by its words; a booking is always about the call. */
    private static StepKind stepOf(PromptAnswer answer) {
        return answer.kind() == PromptAnswer.Kind.BOOKED ? StepKind.CALL : answer.step();
    }

    /** The steps of the hinted kind, when there are any; otherwise all of them. */
    static List<FollowUpStep> narrow(List<FollowUpStep> steps, StepKind kind) {
        return narrow(steps, kind, false);
    }

    private static List<FollowUpStep> narrow(List<FollowUpStep> steps, StepKind kind, boolean booking) {
        if (kind == null) {
            return steps;
        }
        List<FollowUpStep> ofKind = steps.stream().filter(s -> hints(kind, s.kind(), booking)).toList();
        return ofKind.isEmpty() ? steps : ofKind;
    }

    /**
     * Whether an answer hinting at {@code hint} may be about a step of {@code kind}: "called Marco" is about
     * a visitor's calls too, "invited Marco" or "messaged Marco" about inviting them back. A booking is only
     * about the 30-day call: a one-to-one with a visitor closes none of their steps.
     */
    private static boolean hints(StepKind hint, StepKind kind, boolean booking) {
        if (hint == kind || booking) {
            return hint == kind;
        }
        return switch (kind) {
            case VISIT_CALL, VISIT_MEMBERSHIP -> hint == StepKind.CALL;
            case VISIT_INVITE -> hint == StepKind.NOTE || hint == StepKind.CONNECT;
            default -> false;
        };
    }

    private static boolean isBooking(PromptAnswer answer) {
        return answer.kind() == PromptAnswer.Kind.BOOKED;
    }

    /**
     * The contacts the text names by full name, else by first name, as whole words: "done Dora",
     * "sent Bice Neri a message". Full names win, so "Anna Rossi" is not also "Anna Bianchi".
     */
    static List<Contact> mentioned(String text, java.util.Collection<Contact> candidates) {
        String key = " " + TextNormalizer.key(text) + " ";
        List<Contact> full = new ArrayList<>();
        List<Contact> first = new ArrayList<>();
        for (Contact c : candidates) {
            String name = TextNormalizer.key(c.fullName());
            if (name.isEmpty()) {
                continue;
            }
            if (key.contains(" " + name + " ")) {
                full.add(c);
            } else if (key.contains(" " + TextNormalizer.firstWord(name) + " ")) {
                first.add(c);
            }
        }
        if (full.isEmpty()) {
            return first;
        }
        // "Anna Rossi" names Anna Rossi, not also the "Anna" whose whole name it contains
        List<Contact> longest = new ArrayList<>(full);
        longest.removeIf(c -> full.stream().anyMatch(o -> o != c
                && (" " + TextNormalizer.key(o.fullName()) + " ").contains(" " + TextNormalizer.key(c.fullName()) + " ")
                && TextNormalizer.key(o.fullName()).length() > TextNormalizer.key(c.fullName()).length()));
        return longest;
    }

    private Map<Long, Contact> contactsOf(long userId, List<FollowUpStep> steps) {
        Map<Long, Contact> people = new LinkedHashMap<>();
        for (FollowUpStep step : steps) {
            people.computeIfAbsent(step.contactId(), id -> contacts.find(userId, id).orElse(null));
        }
        people.values().removeIf(java.util.Objects::isNull);
        return people;
    }
}
