package com.followupbot.conversation;

/**
 * A snooze button's parameter: a length ("P3D") or an instant ("2026-04-16T07:00:00Z"), and optionally
 * the note code of why ("NO_ANSWER"), as {@code value|note}.
 */
record SnoozeParam(String value, String note) {

    static String of(String value, String note) {
        return note == null ? value : value + "|" + note;
    }

    static SnoozeParam parse(String param) {
        int bar = param.indexOf('|');
        return bar < 0 ? new SnoozeParam(param, null) : new SnoozeParam(param.substring(0, bar), param.substring(bar + 1));
    }
}
