package com.followupbot.app;

import java.time.DateTimeException;
import java.time.ZoneId;

/** The zone new users get: {@code --zone}, else {@code FOLLOWUP_ZONE}, else the system zone. */
final class ZoneSetting {

    static final String VARIABLE = "FOLLOWUP_ZONE";
    static final String OPTION = "--zone";

    private ZoneSetting() {
    }

    /** @throws StartupException naming the option or variable when its value is not a zone */
    static ZoneId resolve(String option, Terminal terminal) {
        if (option != null) {
            return parse(OPTION, option);
        }
        String variable = terminal.variable(VARIABLE);
        return variable != null ? parse(VARIABLE, variable) : ZoneId.systemDefault();
    }

    static ZoneId parse(String setting, String value) {
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            String hint = ZoneId.getAvailableZoneIds().stream()
                    .filter(id -> id.equalsIgnoreCase(value.strip()))
                    .findFirst()
                    .map(id -> "Zone names are case-sensitive: use " + id + ".")
                    .orElse("Use a region/city zone such as Europe/Rome.");
            throw new StartupException(ExitCodes.CONFIGURATION,
                    setting + ": " + StartupException.quoted(value) + " is not a time zone. " + hint, e);
        }
    }
}
