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
        assertThat(answer("emailed Anna today", Language.EN)).extracting(PromptAnswer::kind, PromptAnswer::step, PromptAnswer::name)
                .containsExactly(PromptAnswer.Kind.DONE, StepKind.NOTE, "Anna");
        assertThat(answer("connected with Anna Rossi on LinkedIn", null)).extracting(PromptAnswer::step, PromptAnswer::name)
                .containsExactly(StepKind.CONNECT, "Anna Rossi");
        assertThat(answer("spoke to Anna on the phone", null)).extracting(PromptAnswer::step, PromptAnswer::name)
                .containsExactly(StepKind.CALL, "Anna");
        assertThat(answer("ho telefonato ad Anna", null)).extracting(PromptAnswer::step, PromptAnswer::name)
                .containsExactly(StepKind.CALL, "Anna");
        assertThat(reader.read("emailed Anna today", Language.EN, NOW).intent()).isEqualTo(Intent.PROGRESS);
    }

    @Test
    void aFailedAttemptIsNotDone() {
        assertThat(answer("called Sara, no answer", Language.EN)).extracting(PromptAnswer::kind, PromptAnswer::failure, PromptAnswer::name)
                .containsExactly(PromptAnswer.Kind.FAILED, PromptAnswer.Failure.NO_ANSWER, "Sara");
        assertThat(answer("non risponde", Language.IT).kind()).isEqualTo(PromptAnswer.Kind.FAILED);
        assertThat(answer("he is not on LinkedIn", Language.EN).failure()).isEqualTo(PromptAnswer.Failure.NOT_ON_LINKEDIN);
    }

    @Test
    void aSettingsRequestAsASentenceIsTheSettingsCommand() {
        assertThat(reader.understand("change my time zone to London", Language.EN, NOW))
                .isEqualTo(new Understanding.Command(CommandName.SETTINGS, "time zone London", Language.EN));
        assertThat(reader.understand("cambia il fuso orario in Europe/London", Language.IT, NOW))
                .isEqualTo(new Understanding.Command(CommandName.SETTINGS, "fuso orario Europe/London", Language.IT));
        assertThat(reader.understand("speak Italian", Language.EN, NOW))
                .isEqualTo(new Understanding.Command(CommandName.SETTINGS, "language Italian", Language.EN));
    }

    private PromptAnswer answer(String text, Language hint) {
        Understanding understanding = reader.understand(text, hint, NOW);
        assertThat(understanding).as(text).isInstanceOf(Understanding.Answer.class);
        return ((Understanding.Answer) understanding).answer();
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

    @Test
    void statsAndSlipsInBothLanguagesAndOnlyTheirOwnPhrases() {
        for (String stats : new String[] {"stats", "/stats", "my stats", "statistics", "progress"}) {
            assertThat(reader.understand(stats, Language.EN, NOW)).as(stats)
                    .isEqualTo(new Understanding.Command(CommandName.STATS, "", Language.EN));
        }
        for (String stats : new String[] {"statistiche", "/statistiche", "le mie statistiche", "progressi"}) {
            assertThat(reader.understand(stats, Language.IT, NOW)).as(stats)
                    .isEqualTo(new Understanding.Command(CommandName.STATS, "", Language.IT));
        }
        assertThat(reader.understand("slips", Language.EN, NOW)).isEqualTo(new Understanding.Command(CommandName.SLIPS, "", Language.EN));
        assertThat(reader.understand("/slips last week", Language.EN, NOW))
                .isEqualTo(new Understanding.Command(CommandName.SLIPS, "last week", Language.EN));
        assertThat(reader.understand("schede della settimana", Language.IT, NOW))
                .isEqualTo(new Understanding.Command(CommandName.SLIPS, "", Language.IT));
        assertThat(reader.understand("schede della settimana scorsa", Language.IT, NOW))
                .isEqualTo(new Understanding.Command(CommandName.SLIPS, "scorsa", Language.IT));
        assertThat(reader.understand("schede settimana scorsa", Language.IT, NOW))
                .isEqualTo(new Understanding.Command(CommandName.SLIPS, "settimana scorsa", Language.IT));
        // "progress" takes no arguments: a sentence that starts with it is not the stats command
        assertThat(reader.understand("progress with Anna: emailed her", Language.EN, NOW))
                .isNotEqualTo(new Understanding.Command(CommandName.STATS, "", Language.EN));
        assertThat(reader.understand("met Anna Rossi at the stats conference", Language.EN, NOW))
                .isInstanceOf(Understanding.Capture.class);
    }
}
