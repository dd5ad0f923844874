package com.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.user.WorkingHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class FollowUpPlannerTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final WorkingHours HOURS = WorkingHours.DEFAULT;

    @Test
    void anEveningMeetingGetsItsNoteTheNextWorkingMorning() {
        ZonedDateTime thursdayEvening = ZonedDateTime.of(2026, 3, 12, 18, 40, 0, 0, ROME);
        assertThat(FollowUpPlanner.dueAt(StepKind.NOTE, thursdayEvening, HOURS))
                .isEqualTo(ZonedDateTime.of(2026, 3, 13, 9, 0, 0, 0, ROME));
    }

    @Test
    void aBreakfastMeetingGetsItsNoteTheSameMorning() {
        ZonedDateTime breakfast = ZonedDateTime.of(2026, 3, 10, 7, 0, 0, 0, ROME);
        assertThat(FollowUpPlanner.dueAt(StepKind.NOTE, breakfast, HOURS))
                .isEqualTo(ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, ROME));
    }

    @Test
    void aFridayEveningNoteWaitsForMonday() {
        ZonedDateTime friday = ZonedDateTime.of(2026, 3, 13, 17, 0, 0, 0, ROME);
        assertThat(FollowUpPlanner.dueAt(StepKind.NOTE, friday, HOURS))
                .isEqualTo(ZonedDateTime.of(2026, 3, 16, 9, 0, 0, 0, ROME));
    }

    @Test
    void laterStepsComeAtTheStartOfTheWorkingDayTheyFallOnMovedOffWeekends() {
        ZonedDateTime met = ZonedDateTime.of(2026, 3, 12, 18, 40, 0, 0, ROME);
        assertThat(FollowUpPlanner.dueAt(StepKind.CONNECT, met, HOURS))
                .isEqualTo(ZonedDateTime.of(2026, 3, 19, 9, 0, 0, 0, ROME));
        assertThat(FollowUpPlanner.dueAt(StepKind.CALL, met, HOURS)) // 11 April is a Saturday
                .isEqualTo(ZonedDateTime.of(2026, 4, 13, 9, 0, 0, 0, ROME));
    }

    @Test
    void aWeekAcrossTheDaylightSavingChangeStillLandsAtNineLocal() {
        ZonedDateTime beforeChange = ZonedDateTime.of(2026, 3, 27, 11, 0, 0, 0, ROME); // CET, UTC+1
        ZonedDateTime due = FollowUpPlanner.dueAt(StepKind.CONNECT, beforeChange, HOURS); // 3 April, CEST
        assertThat(due.toLocalDateTime()).isEqualTo(java.time.LocalDateTime.of(2026, 4, 3, 9, 0));
        assertThat(due.toInstant()).isEqualTo(ZonedDateTime.of(2026, 4, 3, 7, 0, 0, 0, ZoneOffset.UTC).toInstant());
    }

    @Test
    void customWorkingHoursAndDaysAreRespected() {
        WorkingHours saturdays = new WorkingHours(LocalTime.of(8, 30), LocalTime.of(13, 0),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY));
        ZonedDateTime met = ZonedDateTime.of(2026, 3, 12, 18, 40, 0, 0, ROME); // Thursday
        assertThat(FollowUpPlanner.dueAt(StepKind.NOTE, met, saturdays))
                .isEqualTo(ZonedDateTime.of(2026, 3, 14, 8, 30, 0, 0, ROME));
    }

    @Test
    void aSnoozeEndingAfterHoursMovesToTheNextWorkingMorning() {
        ZonedDateTime fridayAfternoon = ZonedDateTime.of(2026, 3, 13, 17, 30, 0, 0, ROME);
        assertThat(FollowUpPlanner.snoozedUntil(fridayAfternoon, Duration.ofDays(1), HOURS))
                .isEqualTo(ZonedDateTime.of(2026, 3, 16, 9, 0, 0, 0, ROME));
    }
}
