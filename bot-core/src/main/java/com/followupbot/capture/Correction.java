package com.followupbot.capture;

/**
 * "fix company Acme Srl": the field of a logged meeting or contact to change, and the new value;
 * {@code person} is who it is about when the user said ("fix Tom surname Baker"), else null.
 */
public record Correction(Field field, String value, String person) {

    public Correction(Field field, String value) {
        this(field, value, null);
    }

    /** What a correction can change. */
    public enum Field {
        SURNAME, FIRST_NAME, NAME, COMPANY, ROLE, EMAIL, PHONE, LINKEDIN, EVENT, DATE, NOTE;

        /** A detail of one person, rather than of the meeting. */
        public boolean ofPerson() {
            return this != EVENT && this != DATE && this != NOTE;
        }
    }
}
