package com.followupbot.capture;

/** "settings hours 8:30-17:30": which setting and the value as typed. */
public record SettingChange(Setting setting, String value, boolean off) {

    /** What a user can set. */
    public enum Setting { ZONE, LANGUAGE, HOURS, DAYS, AGENDA, PLATFORM, LEADERBOARD, TRADE }
}
