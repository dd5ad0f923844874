package com.followupbot.capture.parsing;

import com.followupbot.capture.Intent;
import com.followupbot.capture.ParsedMessage;
import com.followupbot.capture.PersonMention;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.user.Language;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The first cases the rest of bot-core relies on. */
class MeetingParserSmokeTest {
    private static final ZonedDateTime NOW = LocalDateTime.parse("2026-03-12T18:30").atZone(ZoneId.of("Europe/Rome"));
    private final MeetingParser parser = MeetingParser.standard();

    @Test
    void englishCaptureWithCompanyEventAndDate() {
        ParsedMessage m = parser.parse("met Anna Rossi from Acme at the expo yesterday", Language.EN, NOW);
        assertThat(m.intent()).isEqualTo(Intent.CAPTURE);
        assertThat(m.people()).containsExactly(new PersonMention("Anna Rossi", "Acme", null, null, null, null));
        assertThat(m.event()).isEqualTo("expo");
        assertThat(m.metOn()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(m.metAt()).isNull();
        assertThat(m.note()).isNull();
    }

    @Test
    void italianCapture() {
        ParsedMessage m = parser.parse("ho conosciuto Marco alla fiera", Language.IT, NOW);
        assertThat(m.intent()).isEqualTo(Intent.CAPTURE);
        assertThat(m.people()).extracting(PersonMention::name).containsExactly("Marco");
        assertThat(m.event()).isEqualTo("fiera");
        assertThat(m.metOn()).isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @Test
    void twoPeopleDaysAgo() {
        ParsedMessage m = parser.parse("met Anna and Marco at BNI breakfast 2 days ago", null, NOW);
        assertThat(m.language()).isEqualTo(Language.EN);
        assertThat(m.people()).extracting(PersonMention::name).containsExactly("Anna", "Marco");
        assertThat(m.event()).isEqualTo("BNI breakfast");
        assertThat(m.metOn()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void lowerCaseFirstName() {
        ParsedMessage m = parser.parse("met anna", Language.EN, NOW);
        assertThat(m.people()).extracting(PersonMention::name).containsExactly("Anna");
        assertThat(m.metOn()).isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @Test
    void plansAndChitChatAreNotCaptures() {
        assertThat(parser.parse("meeting Anna tomorrow", Language.EN, NOW).intent()).isEqualTo(Intent.UNKNOWN);
        assertThat(parser.parse("ciao come va", null, NOW).intent()).isEqualTo(Intent.UNKNOWN);
        assertThat(parser.parse("x".repeat(4097), Language.EN, NOW).intent()).isEqualTo(Intent.TOO_LONG);
    }
}
