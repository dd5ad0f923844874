package com.followupbot.referral.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The referral table; every query but the due-check claim is scoped by the owner. */
@RegisterConstructorMapper(ReferralRow.class)
public interface ReferralDao {

    String COLUMNS = """
            user_id, id, referral_key, side, partner_user_id, partner_name, prospect_name, prospect_company,
            prospect_role, prospect_email, prospect_phone, prospect_linkedin, need, temperature, status, amount,
            currency, raw_text, language, checks_sent, next_check_at, notice_chat_id, notice_message_id, created_at,
            closed_at""";

    @GetGeneratedKeys("id")
    @SqlUpdate("""
            insert into referral (user_id, referral_key, side, partner_user_id, partner_name, prospect_name, prospect_key,
                                  prospect_company, prospect_role, prospect_email, prospect_phone, prospect_linkedin,
                                  need, temperature, raw_text, language, next_check_at, created_at, updated_at)
            values (:userId, :referralKey, :side, :partnerUserId, :partnerName, :prospectName, :prospectKey,
                    :prospectCompany, :prospectRole, :prospectEmail, :prospectPhone, :prospectLinkedin,
                    :need, :temperature, :rawText, :language, :nextCheckAt, :now, :now)
            """)
    long insert(@BindMethods ReferralRow row, @Bind("prospectKey") String prospectKey, @Bind("now") Instant now);

    @SqlQuery("select " + COLUMNS + " from referral where user_id = :userId and id = :id")
    Optional<ReferralRow> find(@Bind("userId") long userId, @Bind("id") long id);

    @SqlQuery("select " + COLUMNS + " from referral where user_id = :userId and referral_key = :key")
    Optional<ReferralRow> byKey(@Bind("userId") long userId, @Bind("key") UUID key);

    /** The user's referrals whose prospect is called {@code key}, or starts with it ("luca" finds "luca bianchi"). */
    @SqlQuery("""
            select\s""" + COLUMNS + """
             from referral
            where user_id = :userId and (prospect_key = :key or prospect_key like :key || ' %')
            order by created_at desc
            """)
    List<ReferralRow> byProspect(@Bind("userId") long userId, @Bind("key") String key);

    @SqlQuery("select " + COLUMNS + " from referral where user_id = :userId order by created_at desc, id desc limit :limit")
    List<ReferralRow> recent(@Bind("userId") long userId, @Bind("limit") int limit);

    @SqlQuery("select " + COLUMNS + " from referral where user_id = :userId and partner_user_id = :partner")
    List<ReferralRow> withPartner(@Bind("userId") long userId, @Bind("partner") long partnerUserId);

    @SqlUpdate("""
            update referral set status = :status, amount = :amount, currency = :currency, updated_at = :now,
                   closed_at = case when :status in ('closed', 'lost') then coalesce(closed_at, :now) end,
                   next_check_at = case when :status in ('closed', 'lost') then null else next_check_at end
            where user_id = :userId and id = :id
            """)
    int setStatus(@Bind("userId") long userId, @Bind("id") long id, @Bind("status") String status,
                  @Bind("amount") BigDecimal amount, @Bind("currency") String currency, @Bind("now") Instant now);

    @SqlUpdate("""
            update referral set notice_chat_id = :chatId, notice_message_id = :messageId
            where user_id = :userId and id = :id
            """)
    void setNotice(@Bind("userId") long userId, @Bind("id") long id, @Bind("chatId") String chatId,
                   @Bind("messageId") String messageId);

    /** Referrals a member gave the user while the bot could not reach them in private, still open. */
    @SqlQuery("""
            select\s""" + COLUMNS + """
             from referral
            where user_id = :userId and side = 'RECEIVED' and partner_user_id is not null and notice_chat_id is null
              and status = 'open' and created_at > :since
            order by created_at limit 20
            """)
    List<ReferralRow> waitingNotice(@Bind("userId") long userId, @Bind("since") Instant since);

    @SqlUpdate("delete from referral where user_id = :userId and id = :id")
    int delete(@Bind("userId") long userId, @Bind("id") long id);

    /** Outcome checks due, locked so that with several instances each goes out once. */
    @SqlQuery("""
            select\s""" + COLUMNS + """
             from referral
            where next_check_at <= :now
            order by next_check_at limit :limit
            for update skip locked
            """)
    List<ReferralRow> claimDueChecks(@Bind("now") Instant now, @Bind("limit") int limit);

    @SqlUpdate("""
            update referral set checks_sent = :checksSent, next_check_at = :nextCheckAt
            where user_id = :userId and id = :id
            """)
    void checked(@Bind("userId") long userId, @Bind("id") long id, @Bind("checksSent") int checksSent,
                 @Bind("nextCheckAt") Instant nextCheckAt);

    @SqlQuery("select granted from report_consent where user_id = :userId and giver_user_id = :giver")
    Optional<Boolean> consent(@Bind("userId") long userId, @Bind("giver") long giverUserId);

    @SqlUpdate("""
            insert into report_consent (user_id, giver_user_id, granted, decided_at) values (:userId, :giver, :granted, :now)
            on conflict (user_id, giver_user_id) do update set granted = excluded.granted, decided_at = excluded.decided_at
            """)
    void decideConsent(@Bind("userId") long userId, @Bind("giver") long giverUserId, @Bind("granted") boolean granted,
                       @Bind("now") Instant now);
}
