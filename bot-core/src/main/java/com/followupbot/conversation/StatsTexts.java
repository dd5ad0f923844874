package com.followupbot.conversation;

import com.followupbot.referral.Money;
import com.followupbot.stats.MonthlySeries;
import com.followupbot.stats.MonthlyStats;
import com.followupbot.stats.Series;
import com.followupbot.stats.StatsReport;
import com.followupbot.user.User;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The words of /stats: the summary, and the chart's labels (the chart itself draws no words of its own). */
final class StatsTexts {

    private final Replies replies;

    StatsTexts(Replies replies) {
        this.replies = replies;
    }

    /** This month, the twelve before added up, the streak, and what "on time" means. */
    String summary(User user, StatsReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(replies.text(user, "stats.title"));
        lines.add(replies.text(user, "stats.thisMonth", "month", month(user, report.thisMonth().month(), "LLLL yyyy")));
        lines.addAll(figures(user, report.thisMonth()));
        MonthlyStats before = report.before();
        lines.add(replies.text(user, before.isEmpty() ? "stats.before.empty" : "stats.before",
                "from", shortMonth(user, report.months().get(0).month()), "to", shortMonth(user, before.month())));
        if (!before.isEmpty()) {
            lines.addAll(figures(user, before));
        }
        int weeks = report.streakWeeks();
        lines.add(replies.text(user, weeks == 0 ? "stats.streak.none" : weeks == 1 ? "stats.streak.one" : "stats.streak.many",
                "weeks", weeks));
        lines.add(replies.text(user, "stats.onTimeRule"));
        return String.join("\n", lines);
    }

    /** The bars (people met, one-to-ones, referrals given and received) and the on-time line, month by month. */
    MonthlySeries chart(User user, StatsReport report) {
        List<MonthlyStats> months = report.months();
        List<Series> series = List.of(
                Series.count(replies.text(user, "stats.series.contacts"), values(months, MonthlyStats::contactsMet)),
                Series.count(replies.text(user, "stats.series.oneToOnes"), values(months, MonthlyStats::oneToOnes)),
                Series.count(replies.text(user, "stats.series.given"), values(months, MonthlyStats::referralsGiven)),
                Series.count(replies.text(user, "stats.series.received"), values(months, MonthlyStats::referralsReceived)),
                Series.percent(replies.text(user, "stats.series.onTime"), values(months, MonthlyStats::onTimePercent)));
        return new MonthlySeries(months.stream().map(MonthlyStats::month).toList(), series,
                replies.text(user, "stats.chart.title", "from", shortMonth(user, months.get(0).month()),
                        "to", shortMonth(user, report.thisMonth().month())),
                replies.text(user, "stats.chart.counts"), replies.text(user, "stats.chart.percent"));
    }

    String caption(User user) {
        return replies.text(user, "stats.chart.caption");
    }

    private List<String> figures(User user, MonthlyStats m) {
        Integer percent = m.onTimePercent();
        String onTime = percent == null ? replies.text(user, "stats.onTime.none")
                : replies.text(user, "stats.onTime", "percent", percent, "onTime", m.followUpsOnTime(), "due", m.followUpsJudged());
        List<String> closed = new ArrayList<>();
        if (!m.closedOnReceived().isEmpty()) {
            closed.add(replies.text(user, "stats.tyfcb.received", "amount", Money.format(m.closedOnReceived(), user.speaks())));
        }
        if (!m.closedOnGiven().isEmpty()) {
            closed.add(replies.text(user, "stats.tyfcb.given", "amount", Money.format(m.closedOnGiven(), user.speaks())));
        }
        return List.of(onTime,
                replies.text(user, "stats.people", "contacts", m.contactsMet(), "oneToOnes", m.oneToOnes()),
                replies.text(user, "stats.referrals", "given", m.referralsGiven(), "received", m.referralsReceived()),
                closed.isEmpty() ? replies.text(user, "stats.tyfcb.none")
                        : replies.text(user, "stats.tyfcb", "amounts", String.join(" · ", closed)));
    }

    private static List<Number> values(List<MonthlyStats> months, Function<MonthlyStats, Number> value) {
        return months.stream().map(value).toList(); // keeps the nulls: a month with nothing judged has no on-time share
    }

    /** "Mar 2025" / "mar 2025". */
    private static String shortMonth(User user, YearMonth month) {
        return month(user, month, "LLL yyyy");
    }

    private static String month(User user, YearMonth month, String pattern) {
        return DateTimeFormatter.ofPattern(pattern, user.speaks().locale()).format(month).replace(".", "");
    }
}
