package com.followupbot.conversation;

import com.followupbot.chat.Button;
import com.followupbot.conversation.internal.ButtonDao;
import com.followupbot.conversation.internal.ButtonRow;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Makes buttons with random opaque tokens (16 characters: far below Telegram's 64-byte callback
 * limit) and resolves presses. A token resolves only for the user it was made for, so a forged,
 * foreign or retired token finds nothing.
 */
public final class Buttons {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,64}");

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
        private final List<Long> userIds = new ArrayList<>();
        private final List<String> tokens = new ArrayList<>();
        private final List<String> actions = new ArrayList<>();
        private final List<Long> targetIds = new ArrayList<>();
        private final List<String> params = new ArrayList<>();

        private Batch() {
        }

        public Button make(long userId, String label, ButtonAction action, Long targetId, String param) {
            String token = newToken();
            userIds.add(userId);
            tokens.add(token);
            actions.add(action.name());
            targetIds.add(targetId);
            params.add(param);
            return new Button(label, token);
        }

        /** Stores every button made so far; they resolve from then on. */
        public void store() {
            if (tokens.isEmpty()) {
                return;
            }
            jdbi.useExtension(ButtonDao.class, dao -> dao.insertAll(userIds.toArray(Long[]::new), tokens.toArray(String[]::new),
                    actions.toArray(String[]::new), targetIds.toArray(Long[]::new), params.toArray(String[]::new), clock.instant()));
            userIds.clear();
            tokens.clear();
            actions.clear();
            targetIds.clear();
            params.clear();
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
        return jdbi.withExtension(ButtonDao.class, dao -> dao.find(userId, token)).map(Buttons::pressed);
    }

    /** Retires the buttons of these actions acting on {@code targetId}. */
    public void retire(long userId, long targetId, ButtonAction... actions) {
        String[] names = Arrays.stream(actions).map(Enum::name).toArray(String[]::new);
        jdbi.useExtension(ButtonDao.class, dao -> dao.retire(userId, targetId, names));
    }

    /** Retires every button of these actions, whatever they act on (a "Which one?" answered). */
    public void retireAll(long userId, ButtonAction... actions) {
        String[] names = Arrays.stream(actions).map(Enum::name).toArray(String[]::new);
        jdbi.useExtension(ButtonDao.class, dao -> dao.retireAll(userId, names));
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
