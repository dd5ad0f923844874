package com.followupbot.testing;

import java.util.ArrayList;
import java.util.List;

/** What the adapters' burst tests read from a stand-in platform's recorded request times (epoch millis). */
public final class SendTimes {

    private SendTimes() {
    }

    /** The most requests in any window [t, t + millis) of {@code sortedTimes}. */
    public static int busiest(List<Long> sortedTimes, long millis) {
        int busiest = 0;
        int start = 0;
        for (int end = 0; end < sortedTimes.size(); end++) {
            while (sortedTimes.get(end) - sortedTimes.get(start) >= millis) {
                start++;
            }
            busiest = Math.max(busiest, end - start + 1);
        }
        return busiest;
    }

    /** The shortest gap between two of {@code times}, in any order; Long.MAX_VALUE for fewer than two. */
    public static long closest(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        sorted.sort(null);
        long closest = Long.MAX_VALUE;
        for (int i = 1; i < sorted.size(); i++) {
            closest = Math.min(closest, sorted.get(i) - sorted.get(i - 1));
        }
        return closest;
    }
}
