package com.followupbot.conversation;

import com.followupbot.chat.Button;
import com.followupbot.conversation.internal.ButtonColumns;
import com.followupbot.conversation.internal.ButtonDao;
import com.followupbot.conversation.internal.ButtonRow;
import com.followupbot.conversation.internal.KeyboardDao;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Makes buttons with random opaque tokens (16 characters: far below Telegram's 64-byte callback
 * limit) and resolves presses. A token resolves only for the user it was made for, so a forged,
 * foreign or retired token finds nothing. A message's answers can also be made as one {@link Batch.Keyboard},
 * stored as one row: each answer's token is the keyboard's followed by the answer's position.
 */
public final class Buttons {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** A single button's token: 12 random bytes in URL-safe base64. */
    private static final int TOKEN_LENGTH = 16;
    /** Answers per keyboard: the position is one digit after the keyboard's token. */
    private static final int KEYBOARD_SIZE = 10;

    private final Jdbi jdbi;
    private final Clock clock;

    public Buttons(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** A pressed button, resolved. */
    public record Pressed(ButtonAction action, Long targetId, String param) {
    }

    public Button make(long userId, String label, ButtonAction action, Long targetId, String param) {
        String token = newToken();
        jdbi.useExtension(ButtonDao.class, dao ->
                dao.insert(userId, token, action.name(), targetId, param, clock.instant()));
        return new Button(label, token);
    }

    /** Buttons made now and stored together by {@link Batch#store()} (one insert for a batch of prompts). */
    public Batch batch() {
        return new Batch();
    }

    public final class Batch {
        private final ButtonColumns singles = new ButtonColumns();
        private final ButtonColumns answers = new ButtonColumns();
        private final List<Integer> positions = new ArrayList<>();

        private Batch() {
        }

        public Button make(long userId, String label, ButtonAction action, Long targetId, String param) {
            String token = newToken();
            singles.add(userId, token, action, targetId, param);
            return new Button(label, token);
        }

        /** A message's answers, all acting on {@code targetId}: stored with the batch as one row. */
        public Keyboard keyboard(long userId, Long targetId) {
            return new Keyboard(userId, targetId, newToken());
        }

        /** Stores every button and keyboard made so far, one insert each; they resolve from then on. */
        public void store() {
            Instant now = clock.instant();
            if (!singles.isEmpty()) {
                jdbi.useExtension(ButtonDao.class, dao -> dao.insertAll(singles.userIds(), singles.tokens(),
                        singles.actions(), singles.targetIds(), singles.params(), now));
            }
            if (!answers.isEmpty()) {
                jdbi.useExtension(KeyboardDao.class, dao -> dao.insertAll(answers.userIds(), answers.tokens(),
                        answers.targetIds(), positions.toArray(Integer[]::new), answers.actions(), answers.params(), now));
            }
            singles.clear();
            answers.clear();
            positions.clear();
        }

        /** One message's answers; each {@link #button} is the next position on it. */
        public final class Keyboard {
            private final long userId;
            private final Long targetId;
            private final String token;
            private int size;

            private Keyboard(long userId, Long targetId, String token) {
                this.userId = userId;
                this.targetId = targetId;
                this.token = token;
            }

            public Button button(String label, ButtonAction action, String param) {
                if (size == KEYBOARD_SIZE) {
                    throw new IllegalStateException("a keyboard holds at most " + KEYBOARD_SIZE + " answers");
                }
                answers.add(userId, token, action, targetId, param);
                positions.add(size);
                return new Button(label, token + size++);
            }
        }
    }

    public Button make(long userId, String label, ButtonAction action, Long targetId) {
        return make(userId, label, action, targetId, null);
    }

    public Optional<Pressed> resolve(long userId, String token) {
        // only the shape of token this class makes is looked up: a NUL or a lone surrogate would fail the query
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        if (token.length() == TOKEN_LENGTH + 1 && Character.isDigit(token.charAt(TOKEN_LENGTH))) {
            int position = token.charAt(TOKEN_LENGTH) - '0';
            return jdbi.withExtension(KeyboardDao.class, dao -> dao.find(userId, token.substring(0, TOKEN_LENGTH), position))
                    .map(Buttons::pressed);
        }
        return jdbi.withExtension(ButtonDao.class, dao -> dao.find(userId, token)).map(Buttons::pressed);
    }

    /** Retires the buttons of these actions acting on {@code targetId}. */
    public void retire(long userId, long targetId, ButtonAction... actions) {
        String[] names = Arrays.stream(actions).map(Enum::name).toArray(String[]::new);
        jdbi.useHandle(handle -> {
            handle.attach(ButtonDao.class).retire(userId, targetId, names);
            handle.attach(KeyboardDao.class).retire(userId, targetId, names);
        });
    }

    /** Retires every button of these actions, whatever they act on (a "Which one?" answered). */
    public void retireAll(long userId, ButtonAction... actions) {
        String[] names = Arrays.stream(actions).map(Enum::name).toArray(String[]::new);
        jdbi.useHandle(handle -> {
            handle.attach(ButtonDao.class).retireAll(userId, names);
            handle.attach(KeyboardDao.class).retireAll(userId, names);
        });
    }

    private static Pressed pressed(ButtonRow row) {
        return new Pressed(ButtonAction.valueOf(row.action()), row.targetId(), row.param());
    }

    private static String newToken() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
