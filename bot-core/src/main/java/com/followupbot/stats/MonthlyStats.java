package com.followupbot.stats;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * One month of a user's networking, or the sum of several ({@link #plus}), in the user's zone.
 *
 * @param month             the month (for a sum: the last one)
 * @param followUpsJudged   follow-ups due in the month that are on time or late ({@link OnTime}); open and skipped ones are left out
 * @param followUpsOnTime   of those, the ones done on time
 * @param contactsMet       people met at meetings on a day of the month (a person met twice in it counts once)
 * @param oneToOnes         one-to-ones that started in the month, up to now (a booked one counts once it took place)
 * @param referralsGiven    referrals given, by the day they were recorded
 * @param referralsReceived referrals received, likewise
 * @param closedOnReceived  TYFCB: business the user closed on referrals they received, per currency ("" when none was given)
 * @param closedOnGiven     business closed on referrals the user gave, per currency
 */
public record MonthlyStats(YearMonth month, int followUpsJudged, int followUpsOnTime, int contactsMet, int oneToOnes,
                           int referralsGiven, int referralsReceived, Map<String, BigDecimal> closedOnReceived,
                           Map<String, BigDecimal> closedOnGiven) {

    public MonthlyStats {
        closedOnReceived = Map.copyOf(closedOnReceived);
        closedOnGiven = Map.copyOf(closedOnGiven);
    }

    public static MonthlyStats empty(YearMonth month) {
        return new MonthlyStats(month, 0, 0, 0, 0, 0, 0, Map.of(), Map.of());
    }

    /** The on-time share in whole percent, rounded; null when nothing was judged (no follow-up came due). */
    public Integer onTimePercent() {
        return followUpsJudged == 0 ? null : (int) Math.round(100.0 * followUpsOnTime / followUpsJudged);
    }

    /** Nothing at all happened: no follow-up judged, nobody met, no referral, no business. */
    public boolean isEmpty() {
        return followUpsJudged == 0 && contactsMet == 0 && oneToOnes == 0 && referralsGiven == 0 && referralsReceived == 0
                && closedOnReceived.isEmpty() && closedOnGiven.isEmpty();
    }

    /** This month and {@code later} added up, under the later month. */
    public MonthlyStats plus(MonthlyStats later) {
        return new MonthlyStats(later.month, followUpsJudged + later.followUpsJudged, followUpsOnTime + later.followUpsOnTime,
                contactsMet + later.contactsMet, oneToOnes + later.oneToOnes, referralsGiven + later.referralsGiven,
                referralsReceived + later.referralsReceived, add(closedOnReceived, later.closedOnReceived),
                add(closedOnGiven, later.closedOnGiven));
    }

    private static Map<String, BigDecimal> add(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        Map<String, BigDecimal> sum = new TreeMap<>(a);
        b.forEach((currency, amount) -> sum.merge(currency, amount, BigDecimal::add));
        return sum;
    }
}
