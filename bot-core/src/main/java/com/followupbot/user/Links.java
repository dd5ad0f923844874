package com.followupbot.user;

import com.followupbot.chat.ChatUser;
import com.followupbot.user.internal.LinkDao;
import com.followupbot.user.internal.UserDao;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * One person, two platforms (Telegram on the phone, Slack at work): "link" on one gives a short one-time
 * code, "link CODE" on the other joins that identity to the user who asked for it. From then on they are
 * one user with one contact list: everything the joining user had moves over, in one transaction. Either
 * identity can leave again ("unlink"): it starts afresh with the same settings, the data stays.
 */
public final class Links {

    /** How long a code can be used. */
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    /** No 0/O, 1/I/L: codes are read on one screen and typed on another. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What "link CODE" did. */
    public enum Outcome { LINKED, ALREADY_LINKED, UNKNOWN_CODE }

    private final Jdbi jdbi;
    private final Clock clock;

    public Links(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** A fresh code for {@code user}; earlier ones stop working. */
    public String issueCode(User user) {
        String code = newCode();
        jdbi.useExtension(LinkDao.class, dao -> {
            dao.deleteCodesOf(user.id());
            dao.insertCode(code, user.id(), clock.instant().plus(CODE_LIFETIME));
        });
        return code;
    }

    /** Joins {@code who} (and everything their user has) to the user whose code this is. */
    public Outcome link(ChatUser who, String code) {
        return jdbi.inTransaction(handle -> {
            LinkDao links = handle.attach(LinkDao.class);
            Optional<Long> target = links.takeCode(code.strip().toUpperCase(java.util.Locale.ROOT), clock.instant());
            Optional<Long> source = handle.attach(UserDao.class).userOf(who.platform().name(), who.platformUserId());
            if (target.isEmpty() || source.isEmpty()) {
                return Outcome.UNKNOWN_CODE;
            }
            if (target.get().equals(source.get())) {
                return Outcome.ALREADY_LINKED;
            }
            merge(handle, source.get(), target.get());
            return Outcome.LINKED;
        });
    }

    /** Separates {@code who} from the other identities of their user; false when it is their only one. */
    public boolean unlink(ChatUser who) {
        return jdbi.inTransaction(handle -> {
            LinkDao links = handle.attach(LinkDao.class);
            Optional<Long> user = handle.attach(UserDao.class).userOf(who.platform().name(), who.platformUserId());
            if (user.isEmpty() || links.identities(user.get()) < 2) {
                return false;
            }
            long fresh = links.copySettings(user.get(), clock.instant());
            links.moveIdentity(who.platform().name(), who.platformUserId(), fresh);
            return true;
        });
    }

    /**
     * Moves every row of {@code from} to {@code to}, table by table, with foreign keys checked at commit (they
     * are deferrable). A row whose key {@code to} already has (a chapter group both knew) is dropped, not doubled.
     */
    private static void merge(Handle handle, long from, long to) {
        LinkDao links = handle.attach(LinkDao.class);
        handle.execute("set constraints all deferred");
        for (String table : links.userTables()) {
            if (TRANSIENT.contains(table)) {
                // open questions and the undo journal hold the old user's ids inside their JSON: not worth carrying
                handle.createUpdate("delete from \"" + table + "\" where user_id = :from").bind("from", from).execute();
                continue;
            }
            List<String> key = links.keyColumns(table);
            String quoted = '"' + table + '"';
            String clash = key.isEmpty() ? "" : " and (" + columns(key) + ") not in (select " + columns(key) + " from "
                    + quoted + " where user_id = :to)";
            handle.createUpdate("update " + quoted + " set user_id = :to where user_id = :from" + clash)
                    .bind("from", from).bind("to", to).execute();
            handle.createUpdate("delete from " + quoted + " where user_id = :from").bind("from", from).execute();
        }
        // what the joining user told about themself, where the other had not said it
        handle.createUpdate("""
                update app_user t set my_ask = coalesce(t.my_ask, f.my_ask), trade = coalesce(t.trade, f.trade),
                       leaderboard = t.leaderboard or f.leaderboard
                from app_user f where t.id = :to and f.id = :from""").bind("from", from).bind("to", to).execute();
        // other users' rows that name the joining user as their referral partner follow it too
        handle.createUpdate("update referral set partner_user_id = :to where partner_user_id = :from")
                .bind("from", from).bind("to", to).execute();
        handle.createUpdate("""
                update report_consent set giver_user_id = :to where giver_user_id = :from
                and user_id not in (select user_id from report_consent where giver_user_id = :to)""")
                .bind("from", from).bind("to", to).execute();
        handle.createUpdate("delete from report_consent where giver_user_id = :from").bind("from", from).execute();
        links.moveIdentities(from, to);
        handle.attach(UserDao.class).deleteUser(from);
    }

    /** Tables of short-lived conversation state, dropped rather than moved. */
    private static final java.util.Set<String> TRANSIENT = java.util.Set.of("user_action", "pending_question");

    private static String columns(List<String> names) {
        return String.join(", ", names.stream().map(n -> '"' + n + '"').toList());
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
