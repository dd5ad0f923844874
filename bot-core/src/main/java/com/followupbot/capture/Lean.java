package com.followupbot.capture;

/**
 * Which way {@link WhenReader} reads a day that the words leave open ("Monday", "the 20th", "3 March",
 * "at 10"): a meeting being logged happened, so PAST; a snooze or a booking is still to come, so FUTURE.
 * Words that carry their own direction ("yesterday", "tomorrow", "last Tuesday", "in 3 days") mean the
 * same in both.
 */
public enum Lean { PAST, FUTURE }
