package com.followupbot.user;

import com.followupbot.user.internal.LinkDao;
import com.followupbot.user.internal.UserDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * "delete my data": every row of the user goes, in one transaction — every table with a user_id, their
 * platform identities, the user. What other members keep of a referral shared with them stays theirs, with
 * this user's name and id taken out of it.
 */
public final class AccountDeletion {

    /** How other members' referral rows name a member who deleted their data. */
    public static final String FORMER_MEMBER = "—";

    private final Jdbi jdbi;

    public AccountDeletion(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Deletes everything of {@code userId}; returns how many rows went. */
    public int deleteEverything(long userId) {
        return jdbi.inTransaction(handle -> {
            handle.execute("set constraints all deferred");
            int rows = anonymiseOthersReferrals(handle, userId);
            LinkDao links = handle.attach(LinkDao.class);
            for (String table : links.userTables()) {
                rows += handle.createUpdate("delete from \"" + table + "\" where user_id = :id").bind("id", userId).execute();
            }
            rows += handle.createUpdate("delete from user_identity where user_id = :id").bind("id", userId).execute();
            rows += handle.createUpdate("delete from link_code where user_id = :id").bind("id", userId).execute();
            handle.attach(UserDao.class).deleteUser(userId);
            return rows + 1;
        });
    }

    private static int anonymiseOthersReferrals(Handle handle, long userId) {
        int rows = handle.createUpdate("""
                update referral set partner_user_id = null, partner_name = :former
                where partner_user_id = :id and user_id <> :id""").bind("id", userId).bind("former", FORMER_MEMBER).execute();
        return rows + handle.createUpdate("delete from report_consent where giver_user_id = :id").bind("id", userId).execute();
    }
}
