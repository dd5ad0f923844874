package com.followupbot.capture;

import com.followupbot.capture.parsing.MeetingParser;
import com.followupbot.capture.parsing.OutcomeReader;
import com.followupbot.capture.parsing.ReferralReader;
import com.followupbot.capture.parsing.VisitorReader;
import com.followupbot.capture.internal.PhraseGrammar;
import com.followupbot.capture.internal.PhraseReader;
import com.followupbot.referral.ReferralStatus;
import com.followupbot.user.Language;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The front door of message understanding, used by every platform: short replies ("yes", "thanks"),
 * commands, referrals and their outcomes, typed answers to prompts, meetings to log, corrections and bare
 * times, each read once.
 * What it means for this user (which prompt, which question) is the conversation's to resolve.
 * Thread-safe; build one with {@link #standard()} and share it.
 */
public final class MessageReader {

    /** Longer messages get a polite refusal instead of a parse: nobody logs a meeting in 4 KB. */
    public static final int MAX_BYTES = 4096;

    private final PhraseReader phrases;
    private final MeetingParser meetings;
    private final AnswerReader answers;
    private final CorrectionReader corrections;
    private final WhenReader when;
    private final ReplyReader replies;
    private final ReferralReader referrals;
    private final OutcomeReader outcomes;
    private final VisitorReader visitors;

    public MessageReader(PhraseReader phrases, MeetingParser meetings, AnswerReader answers,
                         CorrectionReader corrections, WhenReader when) {
        this.phrases = phrases;
        this.referrals = ReferralReader.standard();
        this.outcomes = OutcomeReader.standard();
        this.meetings = meetings;
        this.visitors = VisitorReader.standard(meetings);
        this.answers = answers;
        this.replies = answers.replies();
        this.corrections = corrections;
        this.when = when;
    }

    public static MessageReader standard() {
        List<PhraseGrammar> grammars = Arrays.stream(Language.values()).map(PhraseGrammar::load).toList();
        WhenReader when = WhenReader.standard();
        return new MessageReader(new PhraseReader(grammars, SettingsReader.standard()), MeetingParser.standard(),
                AnswerReader.standard(when), CorrectionReader.standard(), when);
    }

    /** What the message asks for. {@code hint} (may be null) is the user's language, if known. */
    public Understanding understand(String text, Language hint, ZonedDateTime now) {
        Language language = hint != null ? hint : MeetingParser.detectLanguage(text, Language.EN);
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return new Understanding.TooLong(language);
        }
        Optional<Understanding> reply = reply(text, hint != null ? hint : replies.replyLanguage(text).orElse(language));
        if (reply.isPresent()) {
            return reply.get();
        }
        Optional<Understanding> phrase = phrases.read(text, language);
        if (phrase.isPresent()) {
            return phrase.get() instanceof Understanding.Command c && c.name() == CommandName.FIX
                    ? corrections.read(c.args(), true).<Understanding>map(fix -> new Understanding.Fix(fix, c.language()))
                            .orElse(c)
                    : phrase.get();
        }
        Optional<ParsedMessage> visit = visitors.read(text, hint, now);
        if (visit.isPresent()) {
            return new Understanding.Visit(visit.get());
        }
        Optional<AnswerReader.Read> answer = answers.read(text, language, now);
        Optional<Understanding> referral = referralOrOutcome(text, hint, answer);
        if (referral.isPresent()) {
            return referral.get();
        }
        ParsedMessage parsed = meetings.parse(text, hint, now);
        boolean capture = parsed.intent() == Intent.CAPTURE && !parsed.people().isEmpty();
        if (answer.isPresent() && !(capture && answer.get().cueAt() > 0)) {
            // "met Anna, emailed her" is a meeting; "emailed Anna" and "called Sara, no answer" are answers
            Language said = hint != null ? hint : answer.get().language().orElse(language);
            return new Understanding.Answer(withCasing(answer.get().answer(), text), said);
        }
        if (capture) {
            return new Understanding.Capture(parsed);
        }
        if (parsed.intent() == Intent.TOO_LONG) {
            return new Understanding.TooLong(parsed.language());
        }
        Optional<Correction> fix = corrections.read(text, false);
        if (fix.isPresent()) {
            return new Understanding.Fix(fix.get(), language);
        }
        Optional<Understanding.When> time = onlyTime(text, language, now);
        if (time.isPresent()) {
            return time.get();
        }
        return new Understanding.NotUnderstood(parsed.language());
    }

    /**
     * A referral or an outcome: their patterns name a referral ("gave Marco a referral", "mi ha dato il
     * contatto di") or a status ("closed with", "not a fit") that no typed answer uses, so they go before the
     * answers. One overlap is left to the answer: "meeting set with Sara on Tuesday at 10" books the
     * one-to-one of an open call step (it names a time); "meeting set with Luca" reports a referral's meeting.
     */
    private Optional<Understanding> referralOrOutcome(String text, Language hint, Optional<AnswerReader.Read> answer) {
        Optional<Understanding.Referral> referral = referrals.read(text, hint);
        if (referral.isPresent()) {
            return Optional.of(referral.get());
        }
        Optional<Understanding.Outcome> outcome = outcomes.read(text, hint);
        boolean booking = answer.isPresent() && answer.get().answer().kind() == PromptAnswer.Kind.BOOKED
                && answer.get().answer().when() != null;
        return outcome.filter(o -> !(booking && o.outcome().status() == ReferralStatus.MEETING)).map(o -> o);
    }

    /** An amount of money typed alone ("2,500 EUR", "1.200 €"), as closed business with nobody named. */
    public Optional<OutcomeMention> amount(String text) {
        return outcomes.amountAlone(text);
    }

    /** "both", "all", "entrambi": the answer to "Which one?" that means every choice. */
    public boolean meansAll(String text) {
        return replies.isAll(text);
    }

    /** A correction typed as the answer to "What should I change?", where no lead word is needed. */
    public Optional<Correction> correction(String text) {
        return corrections.read(text, true);
    }

    private Optional<Understanding> reply(String text, Language language) {
        // "ok, thanks" and "perfect, thanks" answer a question as a yes; "thanks" alone is thanks
        if (replies.isYes(text)) {
            return Optional.of(new Understanding.Yes(language));
        }
        if (replies.isThanks(text)) {
            return Optional.of(new Understanding.Thanks(language));
        }
        return replies.isNo(text) ? Optional.of(new Understanding.No(language)) : Optional.empty();
    }

    /**
     * The time a message names, when it names nothing else: "Tuesday 10:00", "next week", "il 20"; or only a
     * name besides ("Dora next week"), the name written with a capital.
     */
    private Optional<Understanding.When> onlyTime(String text, Language language, ZonedDateTime now) {
        List<WhenPhrase> found = when.find(text, language, now, Lean.FUTURE);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder rest = new StringBuilder(text);
        for (int i = found.size() - 1; i >= 0; i--) {
            rest.replace(found.get(i).start(), found.get(i).end(), " ");
        }
        String left = rest.toString().replaceAll("[^\\p{L}\\p{N}'’ ]", " ").strip();
        if (answers.onlyFillers(left)) {
            return Optional.of(new Understanding.When(found.get(0), null, language));
        }
        String[] words = left.split("\\s+");
        boolean aName = words.length <= 3 && Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
        return aName ? Optional.of(new Understanding.When(found.get(0), left, language)) : Optional.empty();
    }

    /** The contact's name as the user wrote it: "anna rossi" read from "emailed Anna Rossi" is "Anna Rossi". */
    private static PromptAnswer withCasing(PromptAnswer answer, String text) {
        if (answer.name() == null) {
            return answer;
        }
        String[] words = text.split("[^\\p{L}\\p{N}'’]+");
        List<String> wanted = List.of(answer.name().split(" "));
        for (int i = 0; i + wanted.size() <= words.length; i++) {
            boolean same = true;
            for (int j = 0; j < wanted.size() && same; j++) {
                same = TextNormalizer.key(words[i + j]).equals(wanted.get(j));
            }
            if (same) {
                String name = String.join(" ", Arrays.asList(words).subList(i, i + wanted.size()));
                return new PromptAnswer(answer.kind(), answer.step(), answer.failure(), name, answer.when());
            }
        }
        return answer;
    }

    /**
     * The past day a phrase names ("yesterday", "il 3 marzo", "last Tuesday"), for "fix date …"; null when it
     * names none, or only a day still to come ("tomorrow", "next Monday": a meeting cannot be moved there).
     * {@link WhenReader} with the PAST lean: the same dates the meeting parser gives.
     */
    public LocalDate dateOf(String phrase, Language language, ZonedDateTime now) {
        Language reading = language != null ? language : MeetingParser.detectLanguage(phrase, Language.EN);
        for (WhenPhrase p : WhenReader.standard().find(phrase, reading, now, Lean.PAST)) {
            if (p.date() != null) {
                return p.date().isAfter(now.toLocalDate()) ? null : p.date();
            }
        }
        return null;
    }

    /** The {@code parse} command's view: one {@link ParsedMessage} per message. */
    public ParsedMessage read(String text, Language hint, ZonedDateTime now) {
        Understanding understanding = understand(text, hint, now);
        if (understanding instanceof Understanding.Capture capture) {
            return capture.parsed();
        }
        if (understanding instanceof Understanding.Visit visit) {
            return visit.parsed(); // a capture for tools: the parse contract has no visits
        }
        if (understanding instanceof Understanding.Referral r) {
            return ParsedMessage.referral(r.language(), r.referral());
        }
        if (understanding instanceof Understanding.Outcome o) {
            return ParsedMessage.outcome(o.language(), o.outcome());
        }
        if (understanding instanceof Understanding.Answer a && a.answer().kind() == PromptAnswer.Kind.DONE
                && a.answer().name() != null) {
            return new ParsedMessage(Intent.PROGRESS, a.language(),
                    List.of(PersonMention.named(a.answer().name())), null, null, null, null);
        }
        Intent intent = understanding instanceof Understanding.Command || understanding instanceof Understanding.Fix
                ? Intent.COMMAND
                : understanding instanceof Understanding.TooLong ? Intent.TOO_LONG : Intent.UNKNOWN;
        return ParsedMessage.of(intent, understanding.language());
    }
}
