package com.followupbot.conversation;

import com.followupbot.chapter.Chapter;
import com.followupbot.chapter.Chapters;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.user.Language;
import com.followupbot.user.User;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "/digest" in a chapter's group: when its weekly digest goes out, and "/digest monday 8:30" or
 * "/digest off" to change it. Said in the group, so everyone sees who moved it.
 */
final class DigestSchedule {

    private static final Set<String> OFF = Set.of("off", "no", "stop", "never", "spento", "disattiva", "mai");

    private final Chapters chapters;
    private final Replies replies;

    DigestSchedule(Chapters chapters, Replies replies) {
        this.chapters = chapters;
        this.replies = replies;
    }

    void handle(User user, ChatId group, String args) {
        Optional<Chapter> chapter = chapters.find(group.value());
        if (chapter.isEmpty()) {
            return;
        }
        Chapter c = chapter.get();
        String words = args.strip().toLowerCase(Locale.ROOT);
        if (words.isEmpty()) {
            show(user, group, c, "digest.schedule");
            return;
        }
        if (OFF.contains(words)) {
            chapters.reschedule(c.chatId(), c.schedule().day(), c.schedule().time(), false, c.schedule().zone());
            say(user, group, "digest.turnedOff", "name", ReferralFlow.fullName(user));
            return;
        }
        Optional<DayOfWeek> day = day(words.split("\\s+")[0]);
        Optional<LocalTime> time = time(words.contains(" ") ? words.substring(words.indexOf(' ') + 1) : "");
        if (day.isEmpty() || time.isEmpty()) {
            say(user, group, "digest.invalid");
            return;
        }
        chapters.reschedule(c.chatId(), day.get(), time.get(), true, c.schedule().zone());
        show(user, group, chapters.find(c.chatId()).orElseThrow(), "digest.moved");
    }

    private void show(User user, ChatId group, Chapter c, String key) {
        if (!c.digestOn()) {
            say(user, group, "digest.isOff");
            return;
        }
        say(user, group, key, "day", c.schedule().day().getDisplayName(TextStyle.FULL, user.speaks().locale()),
                "time", c.schedule().time().toString(), "zone", c.schedule().zone().getId(), "name", ReferralFlow.fullName(user));
    }

    private void say(User user, ChatId group, String key, Object... args) {
        replies.send(group, OutboundMessage.text(replies.text(user, key, args)));
    }

    /** "mon", "monday", "lun", "lunedì". */
    static Optional<DayOfWeek> day(String word) {
        String w = com.followupbot.capture.TextNormalizer.key(word);
        if (w.length() < 3) {
            return Optional.empty();
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            for (Language l : Language.values()) {
                if (com.followupbot.capture.TextNormalizer.key(d.getDisplayName(TextStyle.FULL, l.locale())).startsWith(w)) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    /** "8:30", "17", "17.00", "at 17:00", "alle 17". */
    static Optional<LocalTime> time(String text) {
        String t = text.replaceFirst("^(at|alle|ore|h)\\s+", "").strip();
        if (!t.matches("\\d{1,2}([:.]\\d{2})?")) {
            return Optional.empty();
        }
        String[] p = t.split("[:.]");
        try {
            return Optional.of(LocalTime.of(Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : 0));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
