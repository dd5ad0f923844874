package com.followupbot.chapter;

import com.followupbot.chapter.internal.AmountRow;
import com.followupbot.chapter.internal.ChapterDao;
import com.followupbot.chapter.internal.ChapterRow;
import com.followupbot.user.Language;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The chapter groups the bot serves: recorded the first time a member writes from one (in that member's
 * zone and language), their digest schedule, and the totals of a week of their members.
 */
public final class Chapters {

    private final Jdbi jdbi;
    private final Clock clock;

    public Chapters(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Records the group as a chapter, if it is new: its digest goes out in {@code zone}, in {@code language}. */
    public void ensure(String chatId, ZoneId zone, Language language) {
        jdbi.useExtension(ChapterDao.class, dao -> dao.ensure(chatId, zone.getId(), language.code(), clock.instant()));
    }

    public Optional<Chapter> find(String chatId) {
        return jdbi.withExtension(ChapterDao.class, dao -> dao.find(chatId)).map(Chapters::toChapter);
    }

    /** Every chapter whose digest is on, with when it goes out: what the scheduler keeps a trigger for. */
    public List<ChapterSchedule> digestSchedules() {
        return jdbi.withExtension(ChapterDao.class, ChapterDao::all).stream().map(Chapters::toChapter)
                .filter(Chapter::digestOn).map(Chapter::schedule).toList();
    }

    public void reschedule(String chatId, DayOfWeek day, java.time.LocalTime time, boolean on, ZoneId zone) {
        jdbi.useExtension(ChapterDao.class, dao -> dao.schedule(chatId, day.getValue(), time, on, zone.getId()));
    }

    /** Takes the week starting {@code monday} for a digest: false when it went out already. */
    public boolean claimWeek(String chatId, LocalDate monday) {
        return jdbi.withExtension(ChapterDao.class, dao -> dao.claimWeek(chatId, monday, clock.instant())) == 1;
    }

    /** The totals of the members' week [from, to). */
    public WeekTotals week(String chatId, Instant from, Instant to) {
        return jdbi.withExtension(ChapterDao.class, dao -> {
            Map<String, BigDecimal> tyfcb = new LinkedHashMap<>();
            for (AmountRow row : dao.tyfcb(chatId, from, to)) {
                tyfcb.put(row.currency(), row.amount());
            }
            List<WeekTotals.Leader> leaders = dao.leaders(chatId, from, to).stream()
                    .filter(l -> l.referrals() + l.oneToOnes() > 0)
                    .map(l -> new WeekTotals.Leader(l.name(), l.referrals(), l.oneToOnes())).toList();
            return new WeekTotals(dao.members(chatId), dao.referralsGiven(chatId, from, to), dao.oneToOnes(chatId, from, to),
                    tyfcb, dao.steps(chatId, from, to, false), dao.steps(chatId, from, to, true), leaders);
        });
    }

    private static Chapter toChapter(ChapterRow row) {
        ChapterSchedule schedule = new ChapterSchedule(row.chatId(), ZoneId.of(row.zone()), DayOfWeek.of(row.digestDay()),
                row.digestTime());
        return new Chapter(row.chatId(), Language.fromCode(row.language()), schedule, row.digestOn());
    }
}
