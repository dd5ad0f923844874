package com.followupbot.stats;

import com.followupbot.stats.internal.ClosedValue;
import com.followupbot.stats.internal.MonthCount;
import com.followupbot.stats.internal.StatsDao;
import com.followupbot.stats.internal.StepTiming;
import com.followupbot.user.User;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/**
 * A user's networking in numbers, from their own rows only: per month (this one and the twelve before, in the
 * user's zone) follow-ups on time, people met, one-to-ones, referrals given and received and closed business;
 * and the habit streak, which looks back at most {@link #STREAK_LOOKBACK}.
 */
public final class Stats {

    /** The months a report covers: this one and the twelve before. */
    public static final int MONTHS = 13;
    /** How far back the streak looks: three years of weekly habit is plenty to be proud of. */
    static final Duration STREAK_LOOKBACK = Duration.ofDays(3 * 366);

    private final Jdbi jdbi;
    private final Clock clock;

    public Stats(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public StatsReport of(User user) {
        Instant now = clock.instant();
        ZoneId zone = user.zone();
        List<YearMonth> months = MonthlySeries.monthsUpTo(YearMonth.from(now.atZone(zone)), MONTHS);
        LocalDate fromDay = months.get(0).atDay(1);
        Instant from = fromDay.atStartOfDay(zone).toInstant();
        Instant since = from.isBefore(now.minus(STREAK_LOOKBACK)) ? from : now.minus(STREAK_LOOKBACK);
        Map<YearMonth, Tally> tallies = new LinkedHashMap<>();
        months.forEach(month -> tallies.put(month, new Tally()));
        List<HabitStreak.Judged> judged = jdbi.withExtension(StatsDao.class, dao -> {
            dao.counts(user.id(), zone.getId(), from, now, fromDay, now.atZone(zone).toLocalDate())
                    .forEach(c -> tally(tallies, c.month()).count(c));
            dao.closed(user.id(), zone.getId(), from, now).forEach(v -> tally(tallies, v.month()).closed(v));
            return dao.stepsDue(user.id(), since, now).stream().map(step -> judge(step, user, now)).toList();
        });
        for (HabitStreak.Judged step : judged) {
            Tally month = tallies.get(YearMonth.from(step.dueAt().atZone(zone)));
            if (month != null) {
                month.judged(step.verdict());
            }
        }
        List<MonthlyStats> stats = tallies.entrySet().stream().map(e -> e.getValue().toStats(e.getKey())).toList();
        return new StatsReport(stats, HabitStreak.weeks(judged, zone, now));
    }

    private static HabitStreak.Judged judge(StepTiming step, User user, Instant now) {
        return new HabitStreak.Judged(step.dueAt(),
                OnTime.of(step.state(), step.dueAt(), step.closedAt(), user.zone(), user.workingHours(), now));
    }

    private static Tally tally(Map<YearMonth, Tally> tallies, String month) {
        return tallies.getOrDefault(YearMonth.parse(month), new Tally()); // the queries stay inside the months anyway
    }

    /** One month being added up. */
    private static final class Tally {
        private int judged;
        private int onTime;
        private final Map<String, Integer> counts = new TreeMap<>();
        private final Map<String, BigDecimal> closedOnReceived = new TreeMap<>();
        private final Map<String, BigDecimal> closedOnGiven = new TreeMap<>();

        void count(MonthCount c) {
            counts.merge(c.kind(), (int) c.count(), Integer::sum);
        }

        void closed(ClosedValue v) {
            (v.side().equals("RECEIVED") ? closedOnReceived : closedOnGiven).merge(v.currency(), v.amount(), BigDecimal::add);
        }

        void judged(OnTime.Verdict verdict) {
            if (verdict == OnTime.Verdict.ON_TIME || verdict == OnTime.Verdict.LATE) {
                judged++;
                onTime += verdict == OnTime.Verdict.ON_TIME ? 1 : 0;
            }
        }

        MonthlyStats toStats(YearMonth month) {
            return new MonthlyStats(month, judged, onTime, counts.getOrDefault("CONTACTS", 0),
                    counts.getOrDefault("ONE_TO_ONES", 0), counts.getOrDefault("GIVEN", 0), counts.getOrDefault("RECEIVED", 0),
                    closedOnReceived, closedOnGiven);
        }
    }
}
