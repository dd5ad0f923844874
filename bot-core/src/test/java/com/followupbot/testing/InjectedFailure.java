package com.followupbot.testing;

import java.util.Locale;
import org.jdbi.v3.core.Jdbi;

/**
 * Makes the Nth insert into (or update of) a table fail in the real PostgreSQL, by a trigger the test creates: either as
 * a bug would (a statement raising an error) or as an outage does (the server ends the session midway,
 * SQLSTATE 57P01, the connection gone). Counted by a sequence, which a rollback does not wind back.
 */
public final class InjectedFailure {

    public enum Kind { ERROR, SESSION_ENDS }

    private final Jdbi jdbi;
    private final String table;

    private InjectedFailure(Jdbi jdbi, String table) {
        this.jdbi = jdbi;
        this.table = table;
    }

    /** From now on the {@code nth} insert into {@code table} fails (1 is the next one). */
    public static InjectedFailure onInsert(Jdbi jdbi, String table, int nth, Kind kind) {
        return on(jdbi, "insert", table, nth, kind);
    }

    /** From now on the {@code nth} row updated in {@code table} fails (1 is the next one). */
    public static InjectedFailure onUpdate(Jdbi jdbi, String table, int nth, Kind kind) {
        return on(jdbi, "update", table, nth, kind);
    }

    private static InjectedFailure on(Jdbi jdbi, String operation, String table, int nth, Kind kind) {
        String fail = kind == Kind.ERROR ? "raise exception 'injected failure on %s of %s'".formatted(operation, table)
                : "perform pg_terminate_backend(pg_backend_pid())";
        jdbi.useHandle(h -> h.execute("""
                create sequence injected_%1$s;
                create function injected_%1$s() returns trigger language plpgsql as $$
                begin
                    if nextval('injected_%1$s') = %2$d then %3$s; end if;
                    return new;
                end $$;
                create trigger injected_%1$s before %4$s on %1$s for each row execute function injected_%1$s();
                """.formatted(table, nth, fail, operation)));
        return new InjectedFailure(jdbi, table);
    }

    /** Whether the failure was reached. */
    public boolean fired(int nth) {
        return jdbi.withHandle(h -> h.createQuery("select last_value >= :n and is_called from injected_" + table)
                .bind("n", nth).mapTo(Boolean.class).one());
    }

    public void remove() {
        jdbi.useHandle(h -> h.execute(String.format(Locale.ROOT,
                "drop trigger injected_%1$s on %1$s; drop function injected_%1$s(); drop sequence injected_%1$s", table)));
    }
}
