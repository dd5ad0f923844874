package com.followupbot.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One line of the chart's legend: a label the caller has already translated ("Referrals given", "Referenze
 * date"), one value per month, and whether it is a count (drawn as bars) or a percentage (a line on its own
 * 0–100 axis). A null value is a month with nothing to measure (no follow-up was due, so no on-time share):
 * it is left out of the line rather than drawn as zero, which would read as "all late".
 */
public record Series(String label, List<Number> values, Kind kind) {

    /** How a series is measured, and so drawn. */
    public enum Kind { COUNT, PERCENT }

    public Series {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        values = Collections.unmodifiableList(new ArrayList<>(values)); // List.copyOf would refuse the nulls
        for (Number value : values) {
            if (value != null && (Double.isNaN(value.doubleValue()) || value.doubleValue() < 0)) {
                throw new IllegalArgumentException(label + ": counts and percentages are never negative, not " + value);
            }
        }
    }

    public static Series count(String label, List<? extends Number> values) {
        return new Series(label, List.copyOf(values), Kind.COUNT);
    }

    /** Percentages from 0 to 100; nulls allowed for months with nothing to measure. */
    public static Series percent(String label, List<? extends Number> values) {
        return new Series(label, Collections.unmodifiableList(new ArrayList<Number>(values)), Kind.PERCENT);
    }
}
