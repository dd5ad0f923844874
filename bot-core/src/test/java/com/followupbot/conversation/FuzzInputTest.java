package com.followupbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.chat.Inbound;
import com.followupbot.i18n.Texts;
import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort;
import com.followupbot.testing.RowCounts;
import com.followupbot.user.Language;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A storm of generated input (seeded, so a failure replays): empty and blank texts, a megabyte, binary
 * noise, lone surrogates, emoji, right-to-left text, control characters, SQL- and HTML-looking text,
 * unknown slash commands, forged and malformed button tokens. Each gets an answer and no apology (an
 * apology means something failed inside), nothing but the typed text is stored, and a real capture
 * after the storm still works.
 */
class FuzzInputTest {

    private static final long SEED = 20261202L;
    private static final int MESSAGES = 2_000;
    private static final String[] HOSTILE = {"'; drop table contact; --", "\" or 1=1 --", "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>", "${jndi:ldap://x/a}", "%s%s%n", "../../etc/passwd", "\u202Eשלום עולם",
            "مرحبا بالعالم", "🙂👍🏽🇮🇹‍", "\uD800", "\uDFFF abc", "\u0000\u0001\u0007\u001B[31m", "\r\n\r\n", "\t"};

    private final ChatHarness chat = ChatHarness.thursdayEvening();
    private final Random random = new Random(SEED);

    @Test
    void noGeneratedInputBreaksAnythingOrStoresAnything() {
        chat.say("fuzz", "help"); // enrols the user: the storm then may change nothing
        chat.skipAll();
        Map<String, Integer> before = RowCounts.data(chat.jdbi());
        String sorry = new Texts().get(Language.EN, "error.sorry");
        String sorryIt = new Texts().get(Language.IT, "error.sorry");
        List<Function<Random, Inbound>> kinds = List.of(this::text, this::command, this::press);
        int typed = 1;
        long slowest = 0;
        for (int i = 0; i < MESSAGES; i++) {
            Inbound inbound = i < 3 ? new Inbound.Text(ChatHarness.user("fuzz"), ChatHarness.chatOf("fuzz"), megabyte())
                    : kinds.get(random.nextInt(kinds.size())).apply(random);
            typed += inbound instanceof Inbound.Press ? 0 : 1;
            long start = System.nanoTime();
            chat.bot().handle(inbound);
            slowest = Math.max(slowest, System.nanoTime() - start);
            List<RecordingChatPort.Sent> replies = chat.allReplies();
            RecordingChatPort.Ack ack = chat.port().pollAck();
            if (inbound instanceof Inbound.Press) {
                assertThat(ack).as("press %d is answered", i).isNotNull();
                assertThat(ack.text()).as("press %d", i).isEqualTo("This button has expired");
            } else {
                assertThat(replies).as("message %d gets an answer", i).isNotEmpty();
            }
            assertThat(replies).as("message %d fails nothing inside", i)
                    .noneMatch(r -> r.message().text().equals(sorry) || r.message().text().equals(sorryIt));
            while (chat.port().pollEdit() != null) {
                // edits of earlier messages are allowed (the home screen), not counted
            }
        }
        System.out.printf("FuzzInputTest: %d inputs (seed %d), slowest handled in %d ms%n", MESSAGES, SEED,
                slowest / 1_000_000);

        assertThat(RowCounts.data(chat.jdbi())).as("nothing of the user's data was stored").isEqualTo(before);
        assertThat(count("inbound_message")).as("every text and command is kept as typed").isEqualTo(typed);
        assertThat(count("contact") + count("meeting") + count("referral")).isZero();

        chat.say("fuzz", "met Anna Rossi from Acme at the expo — needs a new website");
        assertThat(chat.nextText()).as("a real capture after the storm").contains("Anna Rossi");
        assertThat(count("contact")).isEqualTo(1);
    }

    private Inbound text(Random r) {
        return new Inbound.Text(ChatHarness.user("fuzz"), ChatHarness.chatOf("fuzz"), noise(r));
    }

    private Inbound command(Random r) {
        String name = switch (r.nextInt(4)) {
            case 0 -> "";
            case 1 -> "x" + r.nextInt(1000);
            case 2 -> HOSTILE[r.nextInt(HOSTILE.length)];
            default -> "start";
        };
        return new Inbound.Command(ChatHarness.user("fuzz"), ChatHarness.chatOf("fuzz"), name, noise(r));
    }

    private Inbound press(Random r) {
        String token = switch (r.nextInt(6)) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> randomToken(r, 16);
            case 3 -> "x".repeat(65 + r.nextInt(5000));
            case 4 -> HOSTILE[r.nextInt(HOSTILE.length)];
            default -> noise(r);
        };
        return new Inbound.Press(ChatHarness.user("fuzz"), ChatHarness.chatOf("fuzz"), token, null, "ack-" + r.nextInt());
    }

    /** Text that cannot read as a meeting, a referral or an answer: no word of the bot's languages. */
    private static String noise(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> "";
            case 1 -> " \t\n ".repeat(r.nextInt(200));
            case 2 -> binary(r, r.nextInt(2000));
            case 3 -> HOSTILE[r.nextInt(HOSTILE.length)];
            case 4 -> HOSTILE[r.nextInt(HOSTILE.length)] + " " + HOSTILE[r.nextInt(HOSTILE.length)];
            case 5 -> codePoints(r, r.nextInt(300));
            case 6 -> "\uD83D".repeat(r.nextInt(50)) + "\uDE00";
            default -> randomToken(r, 1 + r.nextInt(40));
        };
    }

    /** Bytes 0-255 read as chars, as a platform might hand over a binary attachment's body. */
    private static String binary(Random r, int length) {
        byte[] bytes = new byte[length];
        r.nextBytes(bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Any code point: CJK, emoji, RTL marks, controls, unassigned. */
    private static String codePoints(Random r, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int cp = r.nextInt(Character.MAX_CODE_POINT + 1);
            if (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE) {
                s.appendCodePoint(cp);
            }
        }
        return s.toString();
    }

    private static String randomToken(Random r, int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private String megabyte() {
        return "met " + "a".repeat(1 << 20);
    }

    private int count(String table) {
        return chat.jdbi().withHandle(h -> h.createQuery("select count(*) from " + table).mapTo(Integer.class).one());
    }
}
