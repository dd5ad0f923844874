package com.followupbot.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.followup.StepKind;
import com.followupbot.user.Language;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Commands and progress reports are told apart from meetings before the meeting grammar runs. */
class MessageReaderTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 12, 18, 30, 0, 0, ZoneId.of("Europe/Rome"));
    private final MessageReader reader = MessageReader.standard();

    @Test
    void progressReportsNameTheStepAndTheContact() {
        assertThat(reader.understand("emailed Anna today", Language.EN, NOW))
                .isEqualTo(new Understanding.Progress(StepKind.NOTE, "Anna", Language.EN));
        assertThat(reader.understand("connected with Anna Rossi on LinkedIn", null, NOW))
                .isEqualTo(new Understanding.Progress(StepKind.CONNECT, "Anna Rossi", Language.EN));
        assertThat(reader.understand("spoke to Anna on the phone", null, NOW))
                .isEqualTo(new Understanding.Progress(StepKind.CALL, "Anna", Language.EN));
        assertThat(reader.understand("ho telefonato ad Anna", null, NOW))
                .isEqualTo(new Understanding.Progress(StepKind.CALL, "Anna", Language.IT));
    }

    @Test
    void aPhraseWhoseTailIsMissingIsNotAProgressReport() {
        ParsedMessage parsed = reader.read("spoke to Mark (CFO, Zeta Inc.) at 3pm at the investor meetup", null, NOW);
        assertThat(parsed.intent()).isEqualTo(Intent.CAPTURE);
        assertThat(parsed.people()).extracting(PersonMention::name).containsExactly("Mark");
    }

    @Test
    void commandsInBothLanguagesWithOrWithoutSlash() {
        assertThat(reader.understand("/who is Anna", null, NOW))
                .isEqualTo(new Understanding.Command(CommandName.WHO, "Anna", Language.EN));
        assertThat(reader.understand("chi è Anna?", null, NOW))
                .isEqualTo(new Understanding.Command(CommandName.WHO, "Anna", Language.IT));
        assertThat(reader.understand("impostazioni lingua en", null, NOW))
                .isEqualTo(new Understanding.Command(CommandName.SETTINGS, "lingua en", Language.IT));
        assertThat(reader.read("today", Language.EN, NOW).intent()).isEqualTo(Intent.COMMAND);
    }
}
