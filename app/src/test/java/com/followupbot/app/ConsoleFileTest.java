package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.OutboundFile;
import com.followupbot.chat.OutboundMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console cannot show a file: it writes it under the data directory and prints where, with the caption. */
class ConsoleFileTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] SLIPS = "date,from,amount\n2026-03-12,Anna Rossi,1200\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dataDirectory;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ChatId chat = ChatId.privateChat("console");

    @Test
    void aFileIsWrittenIntoTheFilesFolderAndItsPathPrintedAfterTheCaption() throws IOException {
        Path files = new DataDirectory(dataDirectory, null).files();
        ConsoleChatPort port = new ConsoleChatPort(out(), files);

        port.sendFile(chat, OutboundFile.png("stats-2026-03.png", PNG, "Your March"));

        Path written = files.resolve("stats-2026-03.png");
        assertThat(written).hasBinaryContent(PNG);
        assertThat(printed()).isEqualTo(ConsoleChatPort.FILE + "Your March → " + written.toAbsolutePath() + "\n");
    }

    @Test
    void aSecondFileOfTheSameNameTakesTheNextNumberAndNothingIsOverwritten() throws IOException {
        Path files = dataDirectory.resolve("files");
        ConsoleChatPort port = new ConsoleChatPort(out(), files);

        port.sendFile(chat, OutboundFile.csv("slips.csv", SLIPS, ""));
        port.sendFile(chat, OutboundFile.csv("slips.csv", "other".getBytes(StandardCharsets.UTF_8), ""));
        port.sendFile(chat, OutboundFile.csv("slips", SLIPS, ""));
        port.sendFile(chat, OutboundFile.csv("slips", SLIPS, ""));

        assertThat(files.resolve("slips.csv")).hasBinaryContent(SLIPS);
        assertThat(files.resolve("slips-2.csv")).hasContent("other");
        assertThat(files.resolve("slips-2")).exists();
        assertThat(printed()).as("no caption: the path alone").isEqualTo(String.join("\n",
                ConsoleChatPort.FILE + files.resolve("slips.csv"), ConsoleChatPort.FILE + files.resolve("slips-2.csv"),
                ConsoleChatPort.FILE + files.resolve("slips"), ConsoleChatPort.FILE + files.resolve("slips-2")) + "\n");
    }

    @Test
    void withoutADataDirectoryFilesGoToATemporaryFolder() throws IOException {
        ConsoleChatPort port = new ConsoleChatPort(out());

        port.sendFile(chat, OutboundFile.csv("slips.csv", SLIPS, "Your slips"));

        String line = printed().strip();
        assertThat(line).startsWith(ConsoleChatPort.FILE + "Your slips → ");
        Path written = Path.of(line.substring(line.indexOf("→ ") + 2));
        try {
            assertThat(written).isAbsolute().hasBinaryContent(SLIPS);
            assertThat(written.getParent().getFileName().toString()).startsWith("followup-bot-files-");
        } finally {
            delete(written.getParent());
        }
    }

    @Test
    void aFileInATurnIsPrintedAtOnceAmongTheTurnsReplies() throws IOException {
        ConsoleChatPort port = new ConsoleChatPort(out(), dataDirectory);
        port.beginTurn();
        port.send(chat, OutboundMessage.text("Your March in numbers:"));
        port.sendFile(chat, OutboundFile.png("chart.png", PNG, ""));
        port.endTurn();

        assertThat(printed()).isEqualTo("Your March in numbers:\n" + ConsoleChatPort.FILE + dataDirectory.resolve("chart.png") + "\n");
    }

    private PrintStream out() {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
