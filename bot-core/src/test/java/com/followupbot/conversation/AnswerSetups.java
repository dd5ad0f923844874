package com.followupbot.conversation;

import static com.followupbot.conversation.AnswerCorpusTest.rome;

import com.followupbot.testing.ChatHarness;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The open prompts an answer case starts from, reached by chatting (captures, progress reports and the
 * clock), in English or Italian. The clock starts on Thursday 12 March 2026, 18:40 in Rome.
 */
final class AnswerSetups {

    private AnswerSetups() {
    }

    static void open(ChatHarness chat, String setup, String language) {
        boolean it = language.equals("it");
        say(chat, it ? "impostazioni lingua it" : "settings language en");
        say(chat, it ? "impostazioni agenda off" : "settings agenda off");
        switch (setup) {
            case "one-note" -> {
                meet(chat, it, "Anna Rossi", "Acme");
                chat.advanceTo(rome(2026, 3, 13, 9, 0)); // Friday: Anna's note
            }
            case "two-notes" -> {
                meet(chat, it, "Bice Neri", null);
                meet(chat, it, "Dora Verdi", null);
                chat.advanceTo(rome(2026, 3, 13, 9, 0)); // Friday: both notes
            }
            case "linkedin" -> {
                meet(chat, it, "Marco Neri", null);
                say(chat, it ? "ho scritto a Marco" : "emailed Marco");
                chat.advanceTo(rome(2026, 3, 19, 9, 0)); // Thursday a week later: the LinkedIn step
            }
            case "call" -> {
                meet(chat, it, "Sara Conti", null);
                say(chat, it ? "ho scritto a Sara" : "emailed Sara");
                say(chat, it ? "mi sono collegata con Sara su LinkedIn" : "connected with Sara on LinkedIn");
                chat.advanceTo(rome(2026, 4, 13, 9, 0)); // Monday a month later: the call
            }
            case "call-and-note" -> {
                meet(chat, it, "Luca Gialli", null);
                say(chat, it ? "ho scritto a Luca" : "emailed Luca");
                say(chat, it ? "mi sono collegata con Luca su LinkedIn" : "connected with Luca on LinkedIn");
                chat.advanceTo(rome(2026, 4, 13, 8, 0));
                meet(chat, it, "Dora Verdi", null);
                chat.advanceTo(rome(2026, 4, 13, 11, 0)); // Luca's call and Dora's note
            }
            case "none" -> meet(chat, it, "Anna Rossi", "Acme"); // Thursday evening: nothing due yet
            default -> throw new IllegalArgumentException("unknown setup " + setup);
        }
    }

    /**
     * {@code user} met {@code who} ("Anna Rossi from Acme") on Thursday 12 March and already wrote and connected;
     * the clock is then at the call's prompt, Monday 13 April 09:00, with everything said so far read.
     */
    static void callOpen(ChatHarness chat, String user, String who, boolean it) {
        String first = who.split(" ")[0];
        chat.say(user, (it ? "ho conosciuto " : "met ") + who + (it ? " all'expo" : " at the expo"));
        chat.say(user, it ? "ho scritto a " + first : "emailed " + first);
        chat.say(user, it ? "mi sono collegata con " + first + " su LinkedIn" : "connected with " + first + " on LinkedIn");
        chat.advanceTo(rome(2026, 4, 13, 9, 0));
        chat.skipAll();
    }

    private static void meet(ChatHarness chat, boolean it, String name, String company) {
        String from = company == null ? "" : (it ? " di " : " from ") + company;
        say(chat, (it ? "ho conosciuto " : "met ") + name + from + (it ? " all'expo" : " at the expo"));
        chat.press("paola", it ? "Tutto giusto" : "Looks right");
    }

    private static void say(ChatHarness chat, String text) {
        chat.say("paola", text);
        chat.allReplies();
    }

    /** Every step as "name kind" → "state due", to tell whether an answer changed any. */
    static Map<String, String> steps(ChatHarness chat) {
        Map<String, String> all = new TreeMap<>();
        chat.jdbi().useHandle(h -> h.createQuery("""
                select c.full_name || ' ' || s.kind as step, s.state || ' ' || s.due_at || ' ' || coalesce(s.outcome_note, '') as what
                from follow_up_step s join contact c on c.user_id = s.user_id and c.id = s.contact_id
                """).mapToMap(String.class).forEach(row -> all.put(row.get("step"), row.get("what"))));
        return all;
    }

    static <T> T step(ChatHarness chat, String name, String kind, String column, Class<T> type) {
        return chat.jdbi().withHandle(h -> h.createQuery("select s." + column + """
                 from follow_up_step s join contact c on c.user_id = s.user_id and c.id = s.contact_id
                where c.full_name like :name || '%' and s.kind = :kind
                """).bind("name", name).bind("kind", kind).mapTo(type).one());
    }

    /** The day as the bot writes it: "Mon 16 Mar" / "lun 16 mar". */
    static String day(String localDateTime, String language) {
        Locale locale = language.equals("it") ? Locale.ITALIAN : Locale.ENGLISH;
        return DateTimeFormatter.ofPattern("EEE d MMM", locale).format(LocalDateTime.parse(localDateTime)).replace(".", "");
    }
}
