package com.followupbot.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.stats.OnTime.Verdict;
import com.followupbot.user.WorkingHours;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** On time = done by the end of the first working day after the day the step was due, in the user's zone and hours. */
class OnTimeTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final WorkingHours HOURS = WorkingHours.DEFAULT;

    @Test
    void aStepDueOnThursdayMayBeDoneUntilFridayAtTheEndOfTheWorkingDay() {
        Instant due = at(12, 9, 0); // Thursday 12 March 2026
        assertThat(OnTime.deadline(due, ROME, HOURS)).isEqualTo(at(13, 18, 0));
        assertThat(OnTime.of("DONE", due, at(13, 18, 0), ROME, HOURS, at(20, 0, 0))).isEqualTo(Verdict.ON_TIME);
        assertThat(OnTime.of("DONE", due, at(13, 18, 1), ROME, HOURS, at(20, 0, 0))).isEqualTo(Verdict.LATE);
        assertThat(OnTime.of("DONE", due, at(11, 10, 0), ROME, HOURS, at(20, 0, 0))).as("done early").isEqualTo(Verdict.ON_TIME);
    }

    @Test
    void aStepDueOnFridayMayBeDoneUntilMondayAndOnlyWorkingDaysCount() {
        assertThat(OnTime.deadline(at(13, 9, 0), ROME, HOURS)).isEqualTo(at(16, 18, 0));
        WorkingHours tuesdayToSaturday = new WorkingHours(LocalTime.of(8, 0), LocalTime.of(13, 0),
                EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY));
        assertThat(OnTime.deadline(at(14, 9, 0), ROME, tuesdayToSaturday)).as("Saturday's step: Tuesday 13:00")
                .isEqualTo(at(17, 13, 0));
    }

    @Test
    void theDayIsTheUsersOwn() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        Instant due = ZonedDateTime.of(2026, 3, 12, 9, 0, 0, 0, tokyo).toInstant();
        assertThat(OnTime.deadline(due, tokyo, HOURS)).isEqualTo(ZonedDateTime.of(2026, 3, 13, 18, 0, 0, 0, tokyo).toInstant());
    }

    @Test
    void openStepsAreLateOnceTheDeadlinePassedAndSkippedOnesAreNotCounted() {
        Instant due = at(12, 9, 0);
        for (String open : new String[] {"PENDING", "PROMPTED", "SNOOZED"}) {
            assertThat(OnTime.of(open, due, null, ROME, HOURS, at(13, 18, 0))).as(open).isEqualTo(Verdict.OPEN);
            assertThat(OnTime.of(open, due, null, ROME, HOURS, at(13, 18, 1))).as(open).isEqualTo(Verdict.LATE);
        }
        assertThat(OnTime.of("SKIPPED", due, at(20, 9, 0), ROME, HOURS, at(30, 9, 0))).isEqualTo(Verdict.UNCOUNTED);
    }

    private static Instant at(int march, int hour, int minute) {
        return ZonedDateTime.of(2026, 3, march, hour, minute, 0, 0, ROME).toInstant();
    }
}
