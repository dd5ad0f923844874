package com.followupbot.telegram;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A bot command as typed: {@code /met@FollowUpBot Anna at the expo} is name "met", addressee "FollowUpBot", the rest args. */
record CommandText(String name, String addressee, String args) {

    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\\s+(.*))?$",
            Pattern.DOTALL);

    static Optional<CommandText> parse(String text) {
        Matcher m = COMMAND.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new CommandText(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3).strip()));
    }

    /** In a group several bots may listen: {@code /cmd@other_bot} is not ours. A bare {@code /cmd} is. */
    boolean isFor(String username) {
        return addressee == null || addressee.equalsIgnoreCase(username);
    }
}
