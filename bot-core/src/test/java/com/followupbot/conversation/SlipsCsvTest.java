package com.followupbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What a spreadsheet would run as a formula is defused; the separator is Excel's for the language. */
class SlipsCsvTest {

    @Test
    void formulasAreDefusedPhoneNumbersAndWordsAreNot() {
        assertThat(SlipsCsv.defused("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(SlipsCsv.defused("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SlipsCsv.defused("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(SlipsCsv.defused("-2+3")).isEqualTo("'-2+3");
        assertThat(SlipsCsv.defused("+39 333 123 4567")).isEqualTo("+39 333 123 4567");
        assertThat(SlipsCsv.defused("needs a new website")).isEqualTo("needs a new website");
        assertThat(SlipsCsv.defused("")).isEmpty();
    }

    @Test
    void aSemicolonWhereTheDecimalSeparatorIsAComma() {
        assertThat(SlipsCsv.delimiter(Locale.ITALIAN)).isEqualTo(';');
        assertThat(SlipsCsv.delimiter(Locale.ENGLISH)).isEqualTo(',');
    }
}
