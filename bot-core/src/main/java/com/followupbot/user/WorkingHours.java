package com.followupbot.user;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** When a user wants to hear from the bot, in their own zone. Default Monday to Friday, 09:00–18:00. */
public record WorkingHours(LocalTime start, LocalTime end, Set<DayOfWeek> days) {

    public static final WorkingHours DEFAULT = new WorkingHours(
            LocalTime.of(9, 0), LocalTime.of(18, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    public WorkingHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("working hours must start before they end");
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("at least one working day");
        }
        days = Set.copyOf(days);
    }

    /** The first moment at or after {@code time} that falls within working hours. */
    public ZonedDateTime nextSlot(ZonedDateTime time) {
        LocalTime local = time.toLocalTime();
        if (isWorkingDay(time.toLocalDate()) && !local.isBefore(start) && local.isBefore(end)) {
            return time;
        }
        LocalDate day = local.isBefore(start) ? time.toLocalDate() : time.toLocalDate().plusDays(1);
        return startOfWorkingDay(day, time);
    }

    /** The start of the first working day on or after {@code day}, in the zone of {@code reference}. */
    public ZonedDateTime startOfWorkingDay(LocalDate day, ZonedDateTime reference) {
        LocalDate working = day;
        while (!isWorkingDay(working)) {
            working = working.plusDays(1);
        }
        return working.atTime(start).atZone(reference.getZone());
    }

    public boolean isWorkingDay(LocalDate day) {
        return days.contains(day.getDayOfWeek());
    }

    /** Days as a bit mask, bit 0 = Monday: how the database stores them. */
    public int dayMask() {
        int mask = 0;
        for (DayOfWeek day : days) {
            mask |= 1 << (day.getValue() - 1);
        }
        return mask;
    }

    public static Set<DayOfWeek> daysOf(int mask) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if ((mask & (1 << (day.getValue() - 1))) != 0) {
                days.add(day);
            }
        }
        return days;
    }
}
