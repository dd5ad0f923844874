package com.followupbot.capture;

import com.followupbot.referral.Temperature;

/**
 * A referral as a message states it: "gave Marco a referral: Anna Rossi from Acme needs a website" (the
 * user gave it: {@code giver} is null), "Marco gave me a referral to Luca Bianchi, hot" (the user received
 * it: {@code receiver} is null). {@code giver}/{@code receiver} are the other member's name as written;
 * {@code prospect} the person referred (may be null when the message names none), {@code need} what they
 * need, {@code temperature} hot/warm/cold when said.
 */
public record ReferralMention(String giver, String receiver, PersonMention prospect, String need, Temperature temperature) {

    /** The user gave it (they are the giver). */
    public boolean given() {
        return giver == null;
    }

    /** The other member's name: the receiver of a referral given, the giver of one received. */
    public String partner() {
        return given() ? receiver : giver;
    }
}
