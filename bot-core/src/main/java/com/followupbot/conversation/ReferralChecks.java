package com.followupbot.conversation;

import com.followupbot.Transactions;
import com.followupbot.referral.Referral;
import com.followupbot.referral.Referrals;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outcome questions at 2, 7 and 30 days (contacted? a meeting? closed?) to whoever reports a
 * referral's outcome. A question the status already answers is not asked: a referral with a meeting set
 * skips "contacted?". Claimed with SKIP LOCKED and moved on in the same transaction, so with several
 * instances each goes out once.
 */
public final class ReferralChecks {

    private static final Logger log = LoggerFactory.getLogger(ReferralChecks.class);

    private final Transactions transactions;
    private final Referrals referrals;
    private final UserDirectory users;
    private final ReferralMessages messages;
    private final ReferralCheckTimes times;
    private final PrivateNotices notices;

    ReferralChecks(Transactions transactions, Referrals referrals, UserDirectory users, ReferralMessages messages,
                   ReferralCheckTimes times, PrivateNotices notices) {
        this.transactions = transactions;
        this.referrals = referrals;
        this.users = users;
        this.messages = messages;
        this.times = times;
        this.notices = notices;
    }

    /** Sends the checks due now; returns how many. */
    public int sendDue() {
        return ScheduledSweep.run(transactions, referrals::claimDueChecks, this::check, checked -> { });
    }

    private ScheduledOutcome check(Referral r) {
        User owner = users.byId(r.userId());
        int number = r.checksSent() + 1;
        if (r.status().isFinal() || number > ReferralCheckTimes.DAYS.size()) {
            referrals.checked(r, ReferralCheckTimes.DAYS.size(), null);
            return ScheduledOutcome.NOT_SENT;
        }
        // check 1 asks "contacted?", 2 "a meeting?", 3 "closed?": a status that far along has answered it
        ScheduledOutcome outcome = r.status().ordinal() >= number ? ScheduledOutcome.NOT_SENT
                : ScheduledOutcome.of(() -> notices.sendScheduled(owner, messages.check(owner, r, number)).isPresent(),
                        log, "referral check", owner.id());
        if (outcome != ScheduledOutcome.RETRY_LATER) {
            referrals.checked(r, number, times.at(owner, r.createdAt(), number + 1));
        }
        return outcome;
    }
}
