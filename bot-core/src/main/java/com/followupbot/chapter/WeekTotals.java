package com.followupbot.chapter;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A chapter's week: referrals its members gave, one-to-ones they had, closed business they thanked for
 * (TYFCB, per currency), follow-ups due and done; and the members who opted into the leaderboard.
 */
public record WeekTotals(int members, int referrals, int oneToOnes, Map<String, BigDecimal> tyfcb, int stepsDue,
                         int stepsDone, List<Leader> leaders) {

    public WeekTotals {
        tyfcb = Map.copyOf(tyfcb);
        leaders = List.copyOf(leaders);
    }

    /** A member who opted into the leaderboard, with their week. */
    public record Leader(String name, int referrals, int oneToOnes) {
    }

    public boolean quiet() {
        return referrals == 0 && oneToOnes == 0 && tyfcb.isEmpty() && stepsDue == 0;
    }
}
