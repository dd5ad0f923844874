package com.followupbot.chapter.internal;

/** An opted-in member's week. */
public record LeaderRow(String name, int referrals, int oneToOnes) {
}
