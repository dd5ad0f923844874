package com.followupbot.capture;

import com.followupbot.capture.internal.TextNormalizer;
import com.followupbot.user.Language;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads when a one-to-one is booked: "Tuesday 10:00", "tomorrow at 3pm", "martedì alle 10", "20/3 9:30",
 * "3 April". Appointments are in the future, so weekday names resolve forwards (unlike meetings).
 * Day and month names come from the JDK's locale data, so a new language needs no new words here.
 */
public final class AppointmentParser {

    private static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    private AppointmentParser() {
    }

    public static Optional<ZonedDateTime> parse(String text, ZonedDateTime now) {
        String[] words = TextNormalizer.forMatching(text).replace(",", " ").split(" ");
        LocalDate day = null;
        LocalTime time = null;
        Integer pendingNumber = null;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            LocalDate relative = relativeDay(w, now.toLocalDate());
            DayOfWeek weekday = weekday(w);
            Month month = month(w);
            if (relative != null) {
                day = relative;
            } else if (weekday != null) {
                day = next(now.toLocalDate(), weekday);
            } else if (month != null && pendingNumber != null) {
                day = future(now.toLocalDate(), month.getValue(), pendingNumber);
                pendingNumber = null;
            } else if (w.matches("\\d{1,2}/\\d{1,2}(/\\d{2,4})?")) {
                String[] p = w.split("/");
                day = future(now.toLocalDate(), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            } else if (w.matches("\\d{1,2}([:.]\\d{2})?(am|pm)?") && (time == null)) {
                if (i + 1 < words.length && month(words[i + 1]) != null && !w.contains(":") && !w.contains(".")) {
                    pendingNumber = Integer.parseInt(w);
                } else {
                    time = time(w, i + 1 < words.length ? words[i + 1] : "");
                }
            }
        }
        if (day == null && time == null) {
            return Optional.empty();
        }
        LocalDate date = day != null ? day : (time.isAfter(now.toLocalTime()) ? now.toLocalDate() : now.toLocalDate().plusDays(1));
        return Optional.of(date.atTime(time != null ? time : DEFAULT_TIME).atZone(now.getZone()));
    }

    private static LocalDate relativeDay(String w, LocalDate today) {
        return switch (w) {
            case "today", "oggi" -> today;
            case "tomorrow", "domani" -> today.plusDays(1);
            case "dopodomani" -> today.plusDays(2);
            default -> null;
        };
    }

    private static DayOfWeek weekday(String w) {
        for (DayOfWeek d : DayOfWeek.values()) {
            for (Language l : Language.values()) {
                String full = strip(d.getDisplayName(TextStyle.FULL, l.locale()));
                String shortName = strip(d.getDisplayName(TextStyle.SHORT, l.locale()));
                if (strip(w).equals(full) || strip(w).equals(shortName)) {
                    return d;
                }
            }
        }
        return null;
    }

    private static Month month(String w) {
        for (Month m : Month.values()) {
            for (Language l : Language.values()) {
                if (strip(w).equals(strip(m.getDisplayName(TextStyle.FULL, l.locale())))
                        || strip(w).equals(strip(m.getDisplayName(TextStyle.SHORT, l.locale())))) {
                    return m;
                }
            }
        }
        return null;
    }

    private static LocalTime time(String w, String next) {
        boolean pm = w.endsWith("pm") || next.equals("pm") || next.equals("pomeriggio");
        boolean am = w.endsWith("am");
        String digits = w.replace("am", "").replace("pm", "");
        String[] p = digits.split("[:.]");
        int hour = Integer.parseInt(p[0]);
        int minute = p.length > 1 ? Integer.parseInt(p[1]) : 0;
        if (pm && hour < 12) {
            hour += 12;
        } else if (!am && !pm && hour >= 1 && hour <= 7) {
            hour += 12; // "alle 3" for a meeting means the afternoon
        }
        return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : DEFAULT_TIME;
    }

    private static LocalDate next(LocalDate today, DayOfWeek weekday) {
        LocalDate d = today.plusDays(1);
        while (d.getDayOfWeek() != weekday) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static LocalDate future(LocalDate today, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) {
            return null;
        }
        LocalDate candidate = LocalDate.of(today.getYear(), month, Math.min(day, Month.of(month).length(today.isLeapYear())));
        return candidate.isBefore(today) ? candidate.plusYears(1) : candidate;
    }

    private static String strip(String s) {
        return java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace(".", "");
    }
}
