package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZoneSettingTest {

    private final Terminal rome = new TestTerminal("", Map.of("FOLLOWUP_ZONE", " Europe/Rome ")).terminal();
    private final Terminal none = new TestTerminal("", Map.of()).terminal();

    @Test
    void theOptionWinsOverTheVariableWhichWinsOverTheSystemZone() {
        assertThat(ZoneSetting.resolve("Asia/Tokyo", rome)).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(ZoneSetting.resolve(null, rome)).isEqualTo(ZoneId.of("Europe/Rome"));
        assertThat(ZoneSetting.resolve(null, none)).isEqualTo(ZoneId.systemDefault());
        assertThat(ZoneSetting.resolve("UTC", none)).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void anUnknownZoneNamesTheSettingItCameFrom() {
        Terminal mars = new TestTerminal("", Map.of("FOLLOWUP_ZONE", "Mars/Olympus")).terminal();

        assertThatThrownBy(() -> ZoneSetting.resolve(null, mars))
                .isInstanceOfSatisfying(StartupException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.CONFIGURATION))
                .hasMessage("FOLLOWUP_ZONE: “Mars/Olympus” is not a time zone. Use a region/city zone such as Europe/Rome.");
        assertThatThrownBy(() -> ZoneSetting.resolve("Mars/Olympus", rome))
                .hasMessage("--zone: “Mars/Olympus” is not a time zone. Use a region/city zone such as Europe/Rome.");
    }

    @Test
    void aZoneInTheWrongCaseGetsItsRightSpelling() {
        assertThatThrownBy(() -> ZoneSetting.resolve("europe/rome", none))
                .hasMessage("--zone: “europe/rome” is not a time zone. Zone names are case-sensitive: use Europe/Rome.");
    }

    @Test
    void theValueIsQuotedOnOneLine() {
        assertThatThrownBy(() -> ZoneSetting.resolve("Europe/\nRome", none))
                .hasMessageStartingWith("--zone: “Europe/?Rome” is not a time zone.");
        assertThatThrownBy(() -> ZoneSetting.resolve("x".repeat(500), none))
                .hasMessageStartingWith("--zone: “" + "x".repeat(200) + "…” is not a time zone.");
    }
}
