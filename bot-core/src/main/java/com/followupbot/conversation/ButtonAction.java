package com.followupbot.conversation;

/** What a button does when pressed; the target id and parameter are stored with its token. */
public enum ButtonAction {
    CAPTURE_OK, CAPTURE_FIX, CAPTURE_UNDO,
    OVERDUE_SHOW, OVERDUE_DONE, OVERDUE_SKIP,
    STEP_DONE, STEP_SNOOZE, STEP_SKIP, STEP_BOOKED,
    BOOKED_NOT_FIXED,
    SAME_CONTACT, NEW_CONTACT,
    FORGET_YES, FORGET_NO,
    AGENDA_SHOW_ALL,
    LANGUAGE
}
