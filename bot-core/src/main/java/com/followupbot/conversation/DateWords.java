package com.followupbot.conversation;

import com.followupbot.i18n.Texts;
import com.followupbot.user.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Dates and times as a person says them, in the user's language and zone. */
public final class DateWords {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Texts texts;

    public DateWords(Texts texts) {
        this.texts = texts;
    }

    /** "tomorrow 09:00", "today 15:00", "Thu 19 Mar": when something will happen. */
    public String schedule(Language language, Instant at, ZonedDateTime now) {
        ZonedDateTime local = at.atZone(now.getZone());
        long days = ChronoUnit.DAYS.between(now.toLocalDate(), local.toLocalDate());
        if (days == 0) {
            return texts.get(language, "date.today") + " " + TIME.format(local);
        }
        if (days == 1) {
            return texts.get(language, "date.tomorrow") + " " + TIME.format(local);
        }
        return day(language, local.toLocalDate());
    }

    /** Like {@link #schedule(Language, Instant, ZonedDateTime)}, with the time on later days too when {@code withTime}. */
    public String schedule(Language language, Instant at, ZonedDateTime now, boolean withTime) {
        String day = schedule(language, at, now);
        long days = ChronoUnit.DAYS.between(now.toLocalDate(), at.atZone(now.getZone()).toLocalDate());
        return withTime && (days < 0 || days > 1) ? day + " " + time(at, now.getZone()) : day;
    }

    /** "10:00". */
    public String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }

    /** "Thu 19 Mar" / "gio 19 mar". */
    public String day(Language language, LocalDate date) {
        return DateTimeFormatter.ofPattern(texts.get(language, "date.pattern.day"), language.locale()).format(date)
                .replace(".", "");
    }

    /** "Thursday" / "giovedì". */
    public String weekday(Language language, LocalDate date) {
        return date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, language.locale());
    }

    /** "Thu 19 Mar 10:00". */
    public String dayAndTime(Language language, Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return day(language, local.toLocalDate()) + " " + TIME.format(local);
    }

    /** "today", "yesterday", "on Mon 2 Mar": when a meeting happened. */
    public String met(Language language, LocalDate metOn, LocalDate today) {
        long days = ChronoUnit.DAYS.between(metOn, today);
        if (days == 0) {
            return texts.get(language, "date.today");
        }
        if (days == 1) {
            return texts.get(language, "date.yesterday");
        }
        return texts.get(language, "date.on", "day", day(language, metOn));
    }

    /** "yesterday", "last week", "last month", "3 days ago": how long ago, for drafts. */
    public String ago(Language language, LocalDate metOn, LocalDate today) {
        long days = ChronoUnit.DAYS.between(metOn, today);
        if (days <= 1) {
            return met(language, metOn, today);
        }
        if (days < 7) {
            return texts.get(language, "date.daysAgo", "n", days);
        }
        if (days < 21) {
            return texts.get(language, "date.lastWeek");
        }
        if (days < 60) {
            return texts.get(language, "date.lastMonth");
        }
        return texts.get(language, "date.on", "day", day(language, metOn));
    }
}
