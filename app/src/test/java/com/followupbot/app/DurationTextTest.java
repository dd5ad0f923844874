package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void readsTheUnitsPeopleType() {
        assertThat(DurationText.parse("24h")).isEqualTo(Duration.ofHours(24));
        assertThat(DurationText.parse("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(DurationText.parse("90m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationText.parse("1w")).isEqualTo(Duration.ofDays(7));
        assertThat(DurationText.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(DurationText.parse("500ms")).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void combinesPartsAndIgnoresCaseAndSpaces() {
        assertThat(DurationText.parse(" 1d 12H ")).isEqualTo(Duration.ofHours(36));
        assertThat(DurationText.parse("PT24H")).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> DurationText.parse("tomorrow")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("24h");
        assertThatThrownBy(() -> DurationText.parse("3 months")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DurationText.parse("-1h")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DurationText.parse("Pnope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNumberTooBigForADurationIsTooLongNotAnArithmeticError() {
        assertThatThrownBy(() -> DurationText.parse("99999999999999999999d")).isInstanceOf(DurationText.TooLongException.class)
                .hasMessage("too long a duration: '99999999999999999999d'");
        assertThatThrownBy(() -> DurationText.parse("999999999999999999d")).isInstanceOf(DurationText.TooLongException.class);
        assertThatThrownBy(() -> DurationText.parse("9999999999999999999w")).isInstanceOf(DurationText.TooLongException.class);
        assertThatThrownBy(() -> DurationText.parse("1999999999999999w")).isInstanceOf(DurationText.TooLongException.class);
        assertThatThrownBy(() -> DurationText.parse("9223372036854775807s 1s")).isInstanceOf(DurationText.TooLongException.class);
        assertThatThrownBy(() -> DurationText.parse("PT9999999999999999999H")).isInstanceOf(DurationText.TooLongException.class);
        assertThatThrownBy(() -> DurationText.parse("P999999999999999D")).isInstanceOf(DurationText.TooLongException.class);
    }
}
