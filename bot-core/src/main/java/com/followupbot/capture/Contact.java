package com.followupbot.capture;

import java.time.Instant;

/** A person the user met. Absent details are null. */
public record Contact(
        long userId,
        long id,
        String fullName,
        String company,
        String role,
        String email,
        String phone,
        String linkedin,
        String notes,
        Instant createdAt) {

    public String firstName() {
        return fullName.strip().split("\\s+")[0];
    }
}
