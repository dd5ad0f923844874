package com.followupbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.BotSettings;
import com.followupbot.FollowUpBot;
import com.followupbot.MovableClock;
import com.followupbot.Storage;
import com.followupbot.chat.Button;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.Platform;
import com.followupbot.testing.RecordingChatPort.Sent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Chats with the bot like a user, in the spirit of Errbot's TestBot: {@code say} a line, read
 * {@code nextReply}, {@code press} a button, {@code advance} the clock (which runs whatever became
 * due, exactly as the scheduler would). Real PostgreSQL underneath; no sleeps, no mocks.
 */
public final class ChatHarness implements AutoCloseable {

    public static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final MovableClock clock;
    private final RecordingChatPort port;
    private final DataSource dataSource;
    private final Jdbi jdbi;
    private final FollowUpBot bot;
    private final List<Sent> read = new ArrayList<>();
    private String lastUser;

    private ChatHarness(DataSource dataSource, ZonedDateTime start) {
        this(dataSource, start, new RecordingChatPort());
    }

    private ChatHarness(DataSource dataSource, ZonedDateTime start, RecordingChatPort port) {
        this.port = port;
        this.clock = new MovableClock(start.toInstant(), start.getZone());
        this.dataSource = dataSource;
        this.jdbi = Storage.jdbi(dataSource);
        this.bot = FollowUpBot.create(jdbi, clock, port, BotSettings.defaults(start.getZone(), "test"));
    }

    /** A bot on a fresh database with the clock at {@code start}; new users get its zone. */
    public static ChatHarness startingAt(ZonedDateTime start) {
        return new ChatHarness(TestDatabase.fresh(), start);
    }

    /** Like {@link #thursdayEvening()}, on a platform that shows each user a home screen (Slack's App Home). */
    public static ChatHarness thursdayEveningWithHomes() {
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 12, 18, 40, 0, 0, ROME);
        return new ChatHarness(TestDatabase.fresh(), start, new RecordingChatPort().withHomes());
    }

    /** Thursday 12 March 2026, 18:40 in Rome: the evening of an expo. */
    public static ChatHarness thursdayEvening() {
        return startingAt(ZonedDateTime.of(2026, 3, 12, 18, 40, 0, 0, ROME));
    }

    public static ChatUser user(String id) {
        return ChatUser.of(Platform.TEST, id, Character.toUpperCase(id.charAt(0)) + id.substring(1));
    }

    public static ChatId chatOf(String userId) {
        return ChatId.privateChat("dm-" + userId);
    }

    public ChatHarness say(String userId, String text) {
        lastUser = userId;
        bot.handle(new Inbound.Text(user(userId), chatOf(userId), text));
        return this;
    }

    /** The user sends a file (a document in the chat), as an adapter hands it over once fetched. */
    public ChatHarness upload(String userId, String fileName, String mediaType, byte[] content) {
        lastUser = userId;
        bot.handle(Inbound.Upload.of(user(userId), chatOf(userId), fileName, mediaType, content));
        return this;
    }

    /**
     * Members of one chapter: each writes to the bot in private (so it can reach them there) and in the
     * chapter's group (so they are members); what the bot answered is skipped.
     */
    public ChatHarness chapter(ChatId group, String... members) {
        for (String member : members) {
            say(member, "help");
            bot.handle(new Inbound.Command(user(member), group, "help", ""));
        }
        return skipAll();
    }

    public Sent nextReply() {
        Sent sent = port.pollSent();
        assertThat(sent).as("the bot should have replied").isNotNull();
        read.add(sent);
        return sent;
    }

    /** The next reply's text. */
    public String nextText() {
        return nextReply().message().text();
    }

    /** Forgets everything the bot said so far, read or not: the next reply is the answer to what comes next. */
    public ChatHarness skipAll() {
        while (port.pollSent() != null) {
            // discarded
        }
        while (port.pollEdit() != null) {
            // discarded
        }
        while (port.pollAck() != null) {
            // discarded
        }
        return this;
    }

    /** Every reply not read yet, read now, oldest first. */
    public List<Sent> allReplies() {
        List<Sent> replies = new ArrayList<>();
        for (Sent sent = port.pollSent(); sent != null; sent = port.pollSent()) {
            read.add(sent);
            replies.add(sent);
        }
        return replies;
    }

    public void assertNoMoreReplies() {
        assertThat(port.unread()).as("no more replies expected").isEmpty();
    }

    /** Presses the button labelled {@code label} on the newest message that has one, as the last speaker. */
    public ChatHarness press(String label) {
        return press(lastUser, label);
    }

    public ChatHarness press(String userId, String label) {
        for (int i = read.size() - 1; i >= 0; i--) {
            Sent sent = read.get(i);
            for (Button button : sent.message().buttons()) {
                if (button.label().equals(label)) {
                    pressToken(userId, sent, button.token());
                    return this;
                }
            }
        }
        throw new AssertionError("no button '" + label + "' on any message read so far");
    }

    public void pressToken(String userId, Sent on, String token) {
        lastUser = userId;
        bot.handle(new Inbound.Press(user(userId), on.chat(), token, on.ref(), "ack-" + token));
    }

    /** Moves the clock and runs what became due: morning agendas, then follow-up prompts. */
    public ChatHarness advance(Duration duration) {
        clock.advance(duration);
        bot.sendDueAgendas();
        bot.dispatchDuePrompts();
        return this;
    }

    /** Moves the clock to {@code time} (in the harness zone) and runs what became due. */
    public ChatHarness advanceTo(ZonedDateTime time) {
        return advance(Duration.between(clock.instant(), time.toInstant()));
    }

    public RecordingChatPort.Edit nextEdit() {
        RecordingChatPort.Edit edit = port.pollEdit();
        assertThat(edit).as("the bot should have edited a message").isNotNull();
        return edit;
    }

    public RecordingChatPort.Ack nextAck() {
        RecordingChatPort.Ack ack = port.pollAck();
        assertThat(ack).as("the press should have been acknowledged").isNotNull();
        return ack;
    }

    public ZonedDateTime now() {
        return clock.instant().atZone(clock.getZone());
    }

    public Instant instant() {
        return clock.instant();
    }

    /** Gives the database connections back; tests that make many bots close each one. */
    @Override
    public void close() {
        if (dataSource instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public FollowUpBot bot() {
        return bot;
    }

    public RecordingChatPort port() {
        return port;
    }

    public MovableClock clock() {
        return clock;
    }
}
