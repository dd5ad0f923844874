package com.followupbot.stats;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * What a stats chart shows: consecutive months, oldest first (the last twelve and this one), and the series
 * measured in each, with every text already in the user's language. The renderer adds no words of its own.
 *
 * @param months       the months on the horizontal axis, oldest first, without repeats
 * @param series       one value per month each; counts become grouped bars, percentages a line
 * @param title        above the chart; may be empty
 * @param countAxis    the name of the left axis (counts); may be empty
 * @param percentAxis  the name of the right axis (percentages); may be empty, unused without a percentage series
 */
public record MonthlySeries(List<YearMonth> months, List<Series> series, String title, String countAxis, String percentAxis) {

    public MonthlySeries {
        months = List.copyOf(months);
        series = List.copyOf(series);
        title = Objects.requireNonNullElse(title, "");
        countAxis = Objects.requireNonNullElse(countAxis, "");
        percentAxis = Objects.requireNonNullElse(percentAxis, "");
        if (months.isEmpty() || series.isEmpty()) {
            throw new IllegalArgumentException("at least one month and one series");
        }
        if (months.stream().distinct().count() != months.size()) {
            throw new IllegalArgumentException("each month once: " + months);
        }
        if (series.stream().map(Series::label).distinct().count() != series.size()) {
            throw new IllegalArgumentException("each series its own label: the legend tells them apart by it");
        }
        for (Series one : series) {
            if (one.values().size() != months.size()) {
                throw new IllegalArgumentException(one.label() + " has " + one.values().size() + " values for "
                        + months.size() + " months");
            }
        }
    }

    /** The {@code count} months up to and including {@code last}, oldest first: 13 for "the last 12 and this one". */
    public static List<YearMonth> monthsUpTo(YearMonth last, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> last.minusMonths(count - 1L - i)).toList();
    }

    List<Series> ofKind(Series.Kind kind) {
        return series.stream().filter(one -> one.kind() == kind).toList();
    }
}
