package com.followupbot.stats;

import java.util.List;

/**
 * A user's stats: the months of the chart, oldest first, ending with this one (so {@link Stats#MONTHS} of them:
 * this month and the twelve before), and the habit streak in weeks ({@link HabitStreak}).
 */
public record StatsReport(List<MonthlyStats> months, int streakWeeks) {

    public StatsReport {
        months = List.copyOf(months);
        if (months.isEmpty()) {
            throw new IllegalArgumentException("at least this month");
        }
    }

    public MonthlyStats thisMonth() {
        return months.get(months.size() - 1);
    }

    /** The months before this one, added up. */
    public MonthlyStats before() {
        List<MonthlyStats> earlier = months.subList(0, months.size() - 1);
        MonthlyStats sum = MonthlyStats.empty(earlier.isEmpty() ? thisMonth().month().minusMonths(1) : earlier.get(0).month());
        for (MonthlyStats month : earlier) {
            sum = sum.plus(month);
        }
        return sum;
    }

    /** Nothing to show: every month empty (the streak can only come from judged follow-ups, so it is 0 too). */
    public boolean isEmpty() {
        return months.stream().allMatch(MonthlyStats::isEmpty) && streakWeeks == 0;
    }
}
