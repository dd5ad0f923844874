package com.followupbot.app;

import com.followupbot.capture.MessageReader;
import com.followupbot.user.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Shows what the bot understands of each message, without a database: for testing the grammar. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Reads messages from standard input (UTF-8), one per line, and prints for each line one JSON object "
                + "with what the bot understood: intent, people, event, metOn, metAt, note, referral, outcome.",
                "Intents: capture, progress, referral_given, referral_received, outcome, command, too_long, unknown. "
                + "\"referral\" is {giver, receiver, prospect (a person as in people), need, temperature hot|warm|cold} "
                + "and \"outcome\" {prospect, status open|contacted|meeting|closed|lost, amount (a number), currency "
                + "(ISO 4217)}, each null for other intents.",
                "Example: echo 'met Anna Rossi from Acme at the expo' | followup-bot parse --lang en"})
final class ParseCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Option(names = "--lang", paramLabel = "en|it", converter = LanguageConverter.class,
            description = "Language of the messages, a hint; omitted, it is detected per message.")
    Language language;

    @Option(names = "--now", paramLabel = "YYYY-MM-DDTHH:MM[:SS]",
            description = "The moment the messages were sent, so \"yesterday\" has a meaning (default: now).")
    LocalDateTime now;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone of --now, e.g. Europe/Rome (default: the system zone).")
    ZoneId zone;

    ParseCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws IOException {
        ZoneId effectiveZone = zone != null ? zone : ZoneId.systemDefault();
        ZonedDateTime sentAt = now != null ? now.atZone(effectiveZone) : ZonedDateTime.now(effectiveZone);
        MessageReader reader = MessageReader.standard();
        JsonLinesParser parser = new JsonLinesParser(text -> reader.read(text, language, sentAt), terminal.out());
        parser.parseAll(new BufferedReader(new InputStreamReader(terminal.in(), StandardCharsets.UTF_8)));
        return ExitCodes.OK;
    }
}
