package com.followupbot.capture;

/** A contact's part in a meeting; {@code newContact}: the meeting created the contact. */
public record MeetingLink(long meetingId, long contactId, boolean newContact) {
}
