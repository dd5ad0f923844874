package com.followupbot.referral;

import com.followupbot.capture.PersonMention;
import com.followupbot.capture.TextNormalizer;
import com.followupbot.chat.MessageRef;
import com.followupbot.referral.internal.ReferralDao;
import com.followupbot.referral.internal.ReferralRow;
import com.followupbot.user.Language;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * The referrals each user gave and received, one row per side, always read and written through their
 * owner's id. The only writes that reach another user's rows are the ones the conversation makes on
 * their behalf: the receiver's side when a giver records a linked referral, and the outcome the receiver
 * agreed to report back.
 */
public final class Referrals {

    private final Jdbi jdbi;
    private final Clock clock;

    public Referrals(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Referral record(NewReferral n) {
        PersonMention p = n.prospect();
        ReferralRow row = new ReferralRow(n.userId(), 0, n.key(), n.side().name(), n.partnerUserId(), n.partnerName(),
                p.name(), p.company(), p.role(), p.email(), p.phone(), p.linkedin(), n.need(),
                n.temperature() == null ? null : n.temperature().json(), ReferralStatus.OPEN.json(), null, null,
                n.rawText(), n.language().code(), 0, n.firstCheckAt(), null, null, null, null);
        return jdbi.withExtension(ReferralDao.class, dao -> {
            long id = dao.insert(row, TextNormalizer.key(p.name()), clock.instant());
            return toReferral(dao.find(n.userId(), id).orElseThrow());
        });
    }

    public Optional<Referral> find(long userId, long id) {
        return jdbi.withExtension(ReferralDao.class, dao -> dao.find(userId, id)).map(Referrals::toReferral);
    }

    /** The other side of {@code referral}, in its partner's rows; empty when it is not linked. */
    public Optional<Referral> otherSide(Referral referral) {
        if (!referral.linked()) {
            return Optional.empty();
        }
        return jdbi.withExtension(ReferralDao.class, dao -> dao.byKey(referral.partnerUserId(), referral.key()))
                .map(Referrals::toReferral);
    }

    /** The user's referrals whose prospect has this name or first name, newest first. */
    public List<Referral> byProspect(long userId, String name) {
        return jdbi.withExtension(ReferralDao.class, dao -> dao.byProspect(userId, TextNormalizer.key(name))).stream()
                .map(Referrals::toReferral).toList();
    }

    public List<Referral> recent(long userId, int limit) {
        return jdbi.withExtension(ReferralDao.class, dao -> dao.recent(userId, limit)).stream()
                .map(Referrals::toReferral).toList();
    }

    public List<Referral> withPartner(long userId, long partnerUserId) {
        return jdbi.withExtension(ReferralDao.class, dao -> dao.withPartner(userId, partnerUserId)).stream()
                .map(Referrals::toReferral).toList();
    }

    /** Records how it went; closed and lost end the outcome checks. */
    public Referral setStatus(Referral referral, ReferralStatus status, BigDecimal amount, String currency) {
        jdbi.useExtension(ReferralDao.class, dao ->
                dao.setStatus(referral.userId(), referral.id(), status.json(), amount, currency, clock.instant()));
        return find(referral.userId(), referral.id()).orElseThrow();
    }

    public void rememberNotice(Referral referral, MessageRef notice) {
        jdbi.useExtension(ReferralDao.class, dao ->
                dao.setNotice(referral.userId(), referral.id(), notice.chatId(), notice.messageId()));
    }

    /** Referrals received since {@code since} whose receiver has not been told yet (no private chat then). */
    public List<Referral> waitingNotice(long userId, Instant since) {
        return jdbi.withExtension(ReferralDao.class, dao -> dao.waitingNotice(userId, since)).stream()
                .map(Referrals::toReferral).toList();
    }

    public boolean delete(Referral referral) {
        return jdbi.withExtension(ReferralDao.class, dao -> dao.delete(referral.userId(), referral.id())) == 1;
    }

    /** Claims the outcome checks due now (call inside a transaction: the rows stay locked until it ends). */
    public List<Referral> claimDueChecks(int limit) {
        return jdbi.withExtension(ReferralDao.class, dao -> dao.claimDueChecks(clock.instant(), limit)).stream()
                .map(Referrals::toReferral).toList();
    }

    public void checked(Referral referral, int checksSent, Instant nextCheckAt) {
        jdbi.useExtension(ReferralDao.class, dao -> dao.checked(referral.userId(), referral.id(), checksSent, nextCheckAt));
    }

    /** The receiver's standing answer to "Shall I tell the giver?": empty until they gave one. */
    public Optional<Boolean> consent(long receiverId, long giverId) {
        return jdbi.withExtension(ReferralDao.class, dao -> dao.consent(receiverId, giverId));
    }

    public void decideConsent(long receiverId, long giverId, boolean granted) {
        jdbi.useExtension(ReferralDao.class, dao -> dao.decideConsent(receiverId, giverId, granted, clock.instant()));
    }

    private static Referral toReferral(ReferralRow r) {
        PersonMention prospect = new PersonMention(r.prospectName(), r.prospectCompany(), r.prospectRole(),
                r.prospectEmail(), r.prospectPhone(), r.prospectLinkedin());
        MessageRef notice = r.noticeChatId() == null ? null : new MessageRef(r.noticeChatId(), r.noticeMessageId());
        return new Referral(r.userId(), r.id(), r.referralKey(), Referral.Side.valueOf(r.side()), r.partnerUserId(),
                r.partnerName(), prospect, r.need(), r.temperature() == null ? null : Temperature.valueOf(upper(r.temperature())),
                ReferralStatus.valueOf(upper(r.status())), r.amount(), r.currency(), r.rawText(),
                Language.fromCode(r.language()), r.checksSent(), r.nextCheckAt(), notice, r.createdAt(), r.closedAt());
    }

    private static String upper(String value) {
        return value.toUpperCase(java.util.Locale.ROOT);
    }
}
