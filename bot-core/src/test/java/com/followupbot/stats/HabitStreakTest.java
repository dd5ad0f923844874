package com.followupbot.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.stats.HabitStreak.Judged;
import com.followupbot.stats.OnTime.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Weeks Monday–Sunday in the user's zone, counted back from this one until a week with a late follow-up. */
class HabitStreakTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Instant NOW = day(2026, 3, 25).plusSeconds(12 * 3600); // Wednesday 25 March, noon

    @Test
    void countsBackToTheFirstWeekWithALateFollowUp() {
        List<Judged> steps = List.of(
                new Judged(day(2026, 3, 3), Verdict.LATE),     // week of 2 March: broken
                new Judged(day(2026, 3, 10), Verdict.ON_TIME), // week of 9 March
                new Judged(day(2026, 3, 12), Verdict.ON_TIME),
                new Judged(day(2026, 3, 17), Verdict.ON_TIME), // week of 16 March
                new Judged(day(2026, 3, 23), Verdict.ON_TIME)); // this week
        assertThat(HabitStreak.weeks(steps, ROME, NOW)).isEqualTo(3);
    }

    @Test
    void aWeekWithNothingJudgedNeitherBreaksNorCounts() {
        List<Judged> steps = List.of(
                new Judged(day(2026, 3, 2), Verdict.ON_TIME),
                new Judged(day(2026, 3, 11), Verdict.OPEN),       // only open or skipped: as if empty
                new Judged(day(2026, 3, 12), Verdict.UNCOUNTED),
                new Judged(day(2026, 3, 17), Verdict.ON_TIME));   // nothing at all this week
        assertThat(HabitStreak.weeks(steps, ROME, NOW)).isEqualTo(2);
    }

    @Test
    void oneLateFollowUpSpoilsItsWeekAndALateOneNowMeansNoStreakNow() {
        assertThat(HabitStreak.weeks(List.of(new Judged(day(2026, 3, 16), Verdict.ON_TIME),
                new Judged(day(2026, 3, 18), Verdict.LATE)), ROME, NOW)).isZero();
        assertThat(HabitStreak.weeks(List.of(new Judged(day(2026, 3, 17), Verdict.ON_TIME),
                new Judged(day(2026, 3, 24), Verdict.LATE)), ROME, NOW)).isZero();
        assertThat(HabitStreak.weeks(List.of(), ROME, NOW)).isZero();
    }

    @Test
    void weeksAreTheUsersMondayToSunday() {
        // Sunday 22 March 23:30 in Rome is Monday in Tokyo: in Rome it belongs to the week of 16 March
        Instant sundayNight = LocalDate.of(2026, 3, 22).atTime(23, 30).atZone(ROME).toInstant();
        List<Judged> steps = List.of(new Judged(sundayNight, Verdict.LATE), new Judged(day(2026, 3, 24), Verdict.ON_TIME));
        assertThat(HabitStreak.weeks(steps, ROME, NOW)).isEqualTo(1);
        assertThat(HabitStreak.weeks(steps, ZoneId.of("Asia/Tokyo"), NOW)).isZero();
    }

    private static Instant day(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(9, 0).atZone(ROME).toInstant();
    }
}
