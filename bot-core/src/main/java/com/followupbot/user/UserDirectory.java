package com.followupbot.user;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.user.internal.UserDao;
import com.followupbot.user.internal.UserRow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Finds or enrols the user behind an inbound message and keeps their settings. */
public final class UserDirectory {

    /** More than any chapter has (BNI chapters have up to about a hundred members). */
    private static final int MAX_MEMBERS = 500;

    private final Jdbi jdbi;
    private final Clock clock;
    private final ZoneId defaultZone;

    public UserDirectory(Jdbi jdbi, Clock clock, ZoneId defaultZone) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.defaultZone = defaultZone;
    }

    /**
     * The user behind a message, created on first contact. Remembers the identity's private chat (where
     * prompts go), a newer display name, when it was last used, and lifts a block: a user who writes
     * again privately can be prompted again.
     */
    public User enrol(ChatUser who, ChatId chat) {
        return jdbi.inTransaction(handle -> {
            UserDao dao = handle.attach(UserDao.class);
            Instant now = clock.instant();
            Optional<ZoneId> hintedZone = zoneOf(who.zoneId());
            long userId = dao.userOf(who.platform().name(), who.platformUserId())
                    .orElseGet(() -> create(dao, who, hintedZone.orElse(defaultZone), now));
            dao.seen(who.platform().name(), who.platformUserId(), who.displayName(),
                    chat.isPrivate() ? chat.value() : null, now);
            User user = dao.byId(userId).orElseThrow().toUser();
            if (hintedZone.isPresent() && !user.zoneChosen() && !hintedZone.get().equals(user.zone())) {
                dao.updateZone(user.id(), hintedZone.get().getId(), false); // they moved, and never set one themselves
            }
            Language hinted = Language.fromCode(who.languageCode());
            if (hinted != null && followsHint(user, who, hinted)) {
                dao.updateLanguage(user.id(), hinted.code(), false);
            }
            if (user.agendaTime() != null) {
                dao.initNextAgenda(user.id(), nextAgenda(user, now));
            }
            return dao.byId(user.id()).orElseThrow().toUser();
        });
    }

    /** A new user with this identity; when another instance enrolled it meanwhile, theirs. */
    private static long create(UserDao dao, ChatUser who, ZoneId zone, Instant now) {
        long id = dao.insertUser(zone.getId(), now);
        if (dao.insertIdentity(who.platform().name(), who.platformUserId(), id, who.displayName(), now) == 1) {
            return id;
        }
        dao.deleteUser(id);
        return dao.userOf(who.platform().name(), who.platformUserId()).orElseThrow();
    }

    /** A zone the platform named, if it is one this JVM knows. */
    private static Optional<ZoneId> zoneOf(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the platform's language hint should set the user's language now. */
    private static boolean followsHint(User user, ChatUser who, Language hinted) {
        if (user.languageChosen() || hinted == user.language()) {
            return false;
        }
        // A first guess for anyone; and while they have not chosen, the language their app is set to.
        return user.language() == null || who.platform().reportsUserLanguage();
    }

    /** Records a group the user wrote to the bot from as one of their chapters. */
    public void recordChapter(User user, ChatId group) {
        jdbi.useExtension(UserDao.class, dao -> dao.upsertChapter(user.id(), group.value(), clock.instant()));
    }

    /** The chapter groups of the user, most recently active first. */
    public List<String> chapters(User user) {
        return jdbi.withExtension(UserDao.class, dao -> dao.chapters(user.id()));
    }

    /** The members of the user's chapters who use the bot (they wrote to it from one of the same groups). */
    public List<User> chapterMembers(User user) {
        return jdbi.withExtension(UserDao.class, dao -> dao.chapterMembers(user.id(), MAX_MEMBERS)).stream()
                .map(this::byId).toList();
    }

    /** What the user does ("web designer"), for give-first matching; null when not said. */
    public String trade(User user) {
        return jdbi.withExtension(UserDao.class, dao -> dao.trade(user.id()));
    }

    public void setTrade(User user, String trade) {
        jdbi.useExtension(UserDao.class, dao -> dao.setTrade(user.id(), trade));
    }

    /** Whether the chapter digest may name the user with their week. */
    public boolean onLeaderboard(User user) {
        return jdbi.withExtension(UserDao.class, dao -> dao.leaderboard(user.id()));
    }

    public void setLeaderboard(User user, boolean on) {
        jdbi.useExtension(UserDao.class, dao -> dao.setLeaderboard(user.id(), on));
    }

    /** Remembers a private chat the platform opened for this identity (Slack can; Telegram users open their own). */
    public User rememberPrivateChat(User user, ChatUser who, ChatId chat) {
        jdbi.useExtension(UserDao.class, dao -> dao.updatePrivateChat(who.platform().name(), who.platformUserId(), chat.value()));
        return byId(user.id());
    }

    /** The user an identity belongs to now (linking may have moved it to another). */
    public Optional<User> of(ChatUser who) {
        return jdbi.withExtension(UserDao.class, dao -> dao.userOf(who.platform().name(), who.platformUserId())
                .flatMap(dao::byId).map(UserRow::toUser));
    }

    /** Several users in one query (the prompts of a dispatched batch), by id; unknown ids are missing. */
    public java.util.Map<Long, User> byIds(java.util.Collection<Long> userIds) {
        return jdbi.withExtension(UserDao.class, dao -> dao.byIds(userIds.toArray(Long[]::new))).stream()
                .map(UserRow::toUser).collect(java.util.stream.Collectors.toMap(User::id, u -> u, (a, b) -> a));
    }

    public User byId(long userId) {
        return jdbi.withExtension(UserDao.class, dao -> dao.byId(userId).orElseThrow().toUser());
    }

    /** Sets the language detected from a message, unless the user chose one in settings. */
    public User learnLanguage(User user, Language detected) {
        if (user.languageChosen() || detected == null || detected == user.language()) {
            return user;
        }
        jdbi.useExtension(UserDao.class, dao -> dao.updateLanguage(user.id(), detected.code(), false));
        return byId(user.id());
    }

    public User chooseLanguage(User user, Language language) {
        jdbi.useExtension(UserDao.class, dao -> dao.updateLanguage(user.id(), language.code(), true));
        return byId(user.id());
    }

    public User changeZone(User user, ZoneId zone) {
        return update(user, dao -> dao.updateZone(user.id(), zone.getId(), true));
    }

    public User changeWorkingHours(User user, WorkingHours hours) {
        return update(user, dao -> dao.updateWorkingHours(user.id(), hours.start(), hours.end(), hours.dayMask()));
    }

    /** The user's ask: whom they want to meet, and why; empty when none is set. */
    public Optional<String> ask(long userId) {
        return jdbi.withExtension(UserDao.class, dao -> dao.ask(userId)).filter(a -> !a.isBlank());
    }

    /** Sets the ask ({@code ask} null clears it). */
    public void changeAsk(long userId, String ask) {
        jdbi.useExtension(UserDao.class, dao -> dao.updateAsk(userId, ask));
    }

    public User changeAgendaTime(User user, LocalTime time) {
        return update(user, dao -> dao.updateAgendaTime(user.id(), time));
    }

    /** Puts back the zone, language, working hours and agenda time of {@code before} (undo of a settings change). */
    public User restoreSettings(User before) {
        return update(before, dao -> {
            dao.updateZone(before.id(), before.zone().getId(), before.zoneChosen());
            dao.updateLanguage(before.id(), before.language() == null ? null : before.language().code(), before.languageChosen());
            WorkingHours hours = before.workingHours();
            dao.updateWorkingHours(before.id(), hours.start(), hours.end(), hours.dayMask());
            dao.updateAgendaTime(before.id(), before.agendaTime());
        });
    }

    /**
     * The identity prompts go to refuses them (the user blocked the bot there); another one takes over if there is one.
     * When none is left, a trigger (V11) parks the user's open steps in the same transaction; writing again privately
     * ({@link #enrol}) lifts the block and unparks them.
     */
    public void markBlocked(long userId) {
        jdbi.useExtension(UserDao.class, dao -> dao.blockActiveIdentity(userId, clock.instant()));
    }

    /** Where prompts go when the user has several platforms: {@code platform}, or null for the one used last. */
    public User choosePlatform(User user, com.followupbot.chat.Platform platform) {
        jdbi.useExtension(UserDao.class, dao -> dao.updatePreferredPlatform(user.id(), platform == null ? null : platform.name()));
        return byId(user.id());
    }

    /** The platforms the user is reached through, the one used last first. */
    public List<com.followupbot.chat.Platform> platforms(User user) {
        return jdbi.withExtension(UserDao.class, dao -> dao.platformsOf(user.id())).stream()
                .map(com.followupbot.chat.Platform::valueOf).toList();
    }

    /**
     * Claims users whose morning agenda is due, locked until the caller's transaction ends (so with
     * several instances each agenda goes out once); the caller moves each one on with {@link #agendaSent}
     * in that transaction, once it is sent.
     */
    public List<User> claimDueAgendas(int limit) {
        return jdbi.withExtension(UserDao.class, dao -> dao.claimDueAgendas(clock.instant(), limit).stream()
                .map(id -> dao.byId(id).orElseThrow().toUser()).toList());
    }

    /** Moves the user's next agenda to the next occurrence after {@code after}. */
    public void agendaSent(User user, Instant after) {
        jdbi.useExtension(UserDao.class, dao -> scheduleAgenda(dao, user, after));
    }

    private User update(User user, java.util.function.Consumer<UserDao> change) {
        return jdbi.inTransaction(handle -> {
            UserDao dao = handle.attach(UserDao.class);
            change.accept(dao);
            User updated = dao.byId(user.id()).orElseThrow().toUser();
            scheduleAgenda(dao, updated, clock.instant());
            return updated;
        });
    }

    private static void scheduleAgenda(UserDao dao, User user, Instant after) {
        dao.updateNextAgenda(user.id(), user.agendaTime() == null ? null : nextAgenda(user, after));
    }

    /** The next working day's agenda time strictly after {@code after}, in the user's zone (DST-safe). */
    public static Instant nextAgenda(User user, Instant after) {
        ZonedDateTime local = after.atZone(user.zone());
        ZonedDateTime candidate = local.toLocalDate().atTime(user.agendaTime()).atZone(user.zone());
        while (!candidate.isAfter(local) || !user.workingHours().isWorkingDay(candidate.toLocalDate())) {
            candidate = candidate.toLocalDate().plusDays(1).atTime(user.agendaTime()).atZone(user.zone());
        }
        return candidate.toInstant();
    }
}
