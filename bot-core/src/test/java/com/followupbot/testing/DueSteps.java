package com.followupbot.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Many due follow-up steps written straight in SQL (as the dispatch benchmark does): {@code users} users
 * on one platform, each with a private chat numbered from {@code firstChat}, one meeting and
 * {@code perUser} contacts whose note step is due before {@code dueBefore}. Going through the conversation
 * would take minutes for 100,000 steps; the dispatcher only reads the rows.
 */
public final class DueSteps {

    private DueSteps() {
    }

    /** Users with the default working hours (Monday to Friday, 09:00–18:00 in Rome). */
    public static void seed(DataSource database, String platform, long firstChat, int users, int perUser, Instant dueBefore) {
        seed(database, platform, firstChat, users, perUser, dueBefore, false);
    }

    /** {@code aroundTheClock}: users who may be prompted at any hour of any day, for tests on the real clock. */
    public static void seed(DataSource database, String platform, long firstChat, int users, int perUser, Instant dueBefore,
                            boolean aroundTheClock) {
        String due = "timestamptz '" + dueBefore + "'";
        String hours = aroundTheClock ? "'00:00', '23:59:59.999999', 127" : "'09:00', '18:00', 31";
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into app_user (zone, language, language_chosen, created_at, work_start, work_end, work_days) "
                    + "select 'Europe/Rome', 'en', true, " + due + " - interval '2 days', " + hours
                    + " from generate_series(1, " + users + ")");
            s.execute("insert into user_identity (platform, platform_user_id, user_id, display_name, private_chat_id, last_seen_at) "
                    + "select '" + platform + "', (" + firstChat + " + id)::text, id, 'User ' || id, (" + firstChat + " + id)::text, "
                    + due + " from app_user");
            s.execute("insert into meeting (user_id, event, met_on, met_at, time_known, raw_text, language, confirmed, created_at) "
                    + "select id, 'the expo', (" + due + " - interval '1 day')::date, " + due + " - interval '1 day', true, "
                    + "'met them at the expo', 'en', true, " + due + " - interval '1 day' from app_user");
            s.execute("insert into contact (user_id, full_name, match_key, company, created_at) "
                    + "select u.id, 'Anna Rossi ' || g, 'anna rossi ' || g, 'Acme', " + due + " - interval '1 day' "
                    + "from app_user u, generate_series(1, " + perUser + ") g");
            s.execute("insert into meeting_contact (user_id, meeting_id, contact_id, new_contact) "
                    + "select c.user_id, m.id, c.id, true from contact c join meeting m on m.user_id = c.user_id");
            s.execute("insert into follow_up_step (user_id, contact_id, meeting_id, kind, state, due_at) "
                    + "select c.user_id, c.id, m.id, 'NOTE', 'PENDING', " + due + " - interval '1 minute' - c.id * interval '1 ms' "
                    + "from contact c join meeting m on m.user_id = c.user_id");
            s.execute("analyze");
        } catch (SQLException e) {
            throw new IllegalStateException("could not seed due steps", e);
        }
    }
}
