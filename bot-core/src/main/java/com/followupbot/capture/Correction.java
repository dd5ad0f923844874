package com.followupbot.capture;

/** "fix company Acme Srl": the field of a logged meeting or contact to change, and the new value. */
public record Correction(Field field, String value) {

    /** What a correction can change. */
    public enum Field { SURNAME, FIRST_NAME, NAME, COMPANY, ROLE, EMAIL, PHONE, LINKEDIN, EVENT, DATE, NOTE }
}
