package com.followupbot.testing;

import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/**
 * The number of rows in every table that holds a user's data (every table with a user_id column, and
 * app_user), for tests that check an action changed exactly what it should and nothing else.
 */
public final class RowCounts {

    private RowCounts() {
    }

    public static Map<String, Integer> of(Jdbi jdbi) {
        return jdbi.withHandle(handle -> {
            Map<String, Integer> counts = new TreeMap<>();
            for (String table : handle.createQuery("""
                    select table_name from information_schema.columns
                    where table_schema = 'public' and column_name = 'user_id'
                    union select 'app_user'
                    """).mapTo(String.class).list()) {
                counts.put(table, handle.createQuery("select count(*) from " + table).mapTo(Integer.class).one());
            }
            return counts;
        });
    }

    /**
     * The bot's own bookkeeping, which every message changes: what was typed, buttons, open questions, the
     * undo journal, delivery attempts, group commands waiting for a private chat.
     */
    private static final java.util.Set<String> BOOKKEEPING = java.util.Set.of("inbound_message", "button", "button_keyboard",
            "pending_question", "user_action", "prompt_delivery", "deferred_command");

    /** The rows of the user's own data: every user table but the bookkeeping (a new one counts at once). */
    public static Map<String, Integer> data(Jdbi jdbi) {
        Map<String, Integer> all = of(jdbi);
        all.keySet().removeAll(BOOKKEEPING);
        return all;
    }

    /** The tables whose counts differ, with the change: {"contact": -1}. */
    public static Map<String, Integer> delta(Map<String, Integer> before, Map<String, Integer> after) {
        Map<String, Integer> delta = new TreeMap<>();
        after.forEach((table, n) -> {
            int change = n - before.getOrDefault(table, 0);
            if (change != 0) {
                delta.put(table, change);
            }
        });
        return delta;
    }
}
