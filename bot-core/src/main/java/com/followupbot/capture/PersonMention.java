package com.followupbot.capture;

import java.util.Objects;

/** A person named in a message, with whatever the message said about them; absent values are null. */
public record PersonMention(String name, String company, String role, String email, String phone, String linkedin) {
    public PersonMention {
        Objects.requireNonNull(name, "name");
    }

    public static PersonMention named(String name) {
        return new PersonMention(name, null, null, null, null, null);
    }

    public PersonMention withName(String newName) {
        return new PersonMention(newName, company, role, email, phone, linkedin);
    }

    public PersonMention withCompany(String newCompany) {
        return new PersonMention(name, newCompany, role, email, phone, linkedin);
    }

    public PersonMention withRole(String newRole) {
        return new PersonMention(name, company, newRole, email, phone, linkedin);
    }

    public PersonMention withEmail(String newEmail) {
        return new PersonMention(name, company, role, newEmail, phone, linkedin);
    }

    public PersonMention withPhone(String newPhone) {
        return new PersonMention(name, company, role, email, newPhone, linkedin);
    }

    public PersonMention withLinkedin(String newLinkedin) {
        return new PersonMention(name, company, role, email, phone, newLinkedin);
    }
}
