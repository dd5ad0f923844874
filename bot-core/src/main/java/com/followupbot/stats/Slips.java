package com.followupbot.stats;

import com.followupbot.referral.Temperature;
import com.followupbot.stats.internal.SlipDao;
import com.followupbot.stats.internal.SlipRow;
import com.followupbot.user.User;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;

/**
 * The slips a member hands in for a week (BNI's weekly slips), from their own rows only. Each slip is written
 * by the member it belongs to, as in the chapter: the giver writes the referral slip, the member who closed
 * the business the TYFCB slip (thanking the giver). So a referral the user received is on the giver's slips,
 * not theirs, and business closed on a referral the user gave is on the receiver's: nothing reaches the
 * chapter's report twice. One-to-ones count once they took place.
 */
public final class Slips {

    private final Jdbi jdbi;
    private final Clock clock;

    public Slips(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The current week, Monday to Sunday in the user's zone. */
    public Week thisWeek(User user) {
        return Week.of(clock.instant(), user.zone());
    }

    /** The week's slips: referrals, then TYFCB, then one-to-ones, each in date order. */
    public List<Slip> of(User user, Week week) {
        return jdbi.withExtension(SlipDao.class, dao -> dao.week(user.id(), week.start(), week.end(), clock.instant()))
                .stream().map(row -> slip(row, user)).toList();
    }

    private static Slip slip(SlipRow r, User user) {
        Temperature temperature = r.temperature() == null ? null : Temperature.valueOf(r.temperature().toUpperCase(Locale.ROOT));
        return new Slip(Slip.Kind.valueOf(r.kind()), r.at().atZone(user.zone()).toLocalDate(), r.partner(), r.prospect(),
                r.company(), r.phone(), r.email(), temperature, r.amount(), r.currency(), r.notes());
    }
}
