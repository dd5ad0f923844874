package com.followupbot.stats.internal;

/** How many of {@code kind} (CONTACTS, ONE_TO_ONES, GIVEN, RECEIVED) fell in {@code month} ("2026-03"). */
public record MonthCount(String month, String kind, long count) {
}
