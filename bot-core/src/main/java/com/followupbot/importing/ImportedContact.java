package com.followupbot.importing;

import java.time.LocalDate;

/**
 * One person read from an uploaded file: {@code row} is where they were in it (the spreadsheet's row
 * number, or the card's place in a vCard file), absent details are null, {@code connectedOn} is the day
 * the file says the user met or connected with them (LinkedIn's "Connected On"), if it says.
 */
public record ImportedContact(int row, String fullName, String company, String role, String email, String phone,
                              String linkedin, LocalDate connectedOn) {
}
