package com.followupbot.conversation;

/** What a button does when pressed; the target id and parameter are stored with its token. */
public enum ButtonAction {
    CAPTURE_OK, CAPTURE_FIX, CAPTURE_UNDO,
    OVERDUE_SHOW, OVERDUE_DONE, OVERDUE_SKIP,
    /** Parameter of a skip: the reason's note code, or none. Of a snooze: {@link SnoozeParam}. */
    STEP_DONE, STEP_SNOOZE, STEP_SNOOZE_UNTIL, STEP_SKIP, STEP_BOOKED,
    /** "Send a message instead" of a call nobody answered. */
    STEP_MESSAGE_INSTEAD,
    /** Shows a listed step (agenda, today) as its own prompt. */
    STEP_OPEN,
    BOOKED_NOT_FIXED,
    /** A choice of "Which one?": the target is the question, the parameter a step id or "all". */
    ANSWER_CHOICE,
    SAME_CONTACT, NEW_CONTACT,
    FORGET_CHOICE, FORGET_YES, FORGET_NO,
    /** The person to fix: the target is the contact, the parameter the meeting. */
    FIX_PERSON,
    AGENDA_SHOW_ALL,
    /** A referral's outcome: the target is the referral (the owner's side), the parameter the status. */
    REFERRAL_OUTCOME,
    /** "Yes, tell Paola" / "Not now" after an outcome; the target is the referral. */
    REFERRAL_TELL, REFERRAL_NOT_NOW,
    /** "No amount" instead of typing what closed business was worth; the target is the referral. */
    REFERRAL_NO_AMOUNT,
    /** "Which Marco?": the target is the question, the parameter the member's user id (none: not a member). */
    REFERRAL_PARTNER,
    /** "Refer Anna…" on a contact's card: the target is the contact. */
    REFER_CONTACT,
    /** The member to refer a contact to: the target is the contact, the parameter the member's user id (0: someone else). */
    REFER_CONTACT_TO,
    /** "Write the introduction" (give first): the target is the prospect, the parameter m&lt;member id&gt; or c&lt;contact id&gt;. */
    GIVE_FIRST,
    /** "delete my data" confirmed or not. */
    DELETE_DATA_YES, DELETE_DATA_NO,
    /** The person of a one-to-one typed with a name: the target is the question, the parameter "c<contact id>", "m<member id>" or "new". */
    ONE_TO_ONE_WITH,
    /** "When is it?" of a one-to-one with no call step, answered "Not fixed yet": the target is the contact. */
    ONE_TO_ONE_NOT_FIXED,
    /** The answers to "How did your one-to-one go?": the target is the one-to-one. */
    ONE_TO_ONE_REFERRAL, ONE_TO_ONE_WELL, ONE_TO_ONE_MISSED,
    /** "Plan their follow-ups" under an import: the target is its first contact, the parameter "contactId=day,…". */
    IMPORT_PLAN,
    LANGUAGE,
    /** The same answers on the home screen, retired and made anew each time it is shown. */
    HOME_STEP_DONE, HOME_STEP_SKIP, HOME_STEP_SNOOZE, HOME_STEP_OPEN, HOME_LANGUAGE
}
