package com.followupbot.conversation;

import com.followupbot.chapter.Chapter;
import com.followupbot.chapter.Chapters;
import com.followupbot.chapter.WeekTotals;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.i18n.Texts;
import com.followupbot.referral.Money;
import com.followupbot.user.Language;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weekly digest a chapter's group gets: the members' totals of the week (referrals, one-to-ones,
 * closed business, follow-ups done), and names only of those who opted into the leaderboard. Once per
 * chapter and week, however often it is asked for.
 */
public final class ChapterDigest {

    private static final Logger log = LoggerFactory.getLogger(ChapterDigest.class);
    private static final int MAX_LEADERS = 5;

    private final Chapters chapters;
    private final Replies replies;
    private final DateWords dates;
    private final Clock clock;

    ChapterDigest(Chapters chapters, Replies replies, Clock clock) {
        this.chapters = chapters;
        this.replies = replies;
        this.dates = new DateWords(replies.texts());
        this.clock = clock;
    }

    /** Posts this week's digest to the chapter's group; false when it went out already (or there is no such chapter). */
    public boolean send(String chatId) {
        Optional<Chapter> chapter = chapters.find(chatId);
        if (chapter.isEmpty() || !chapter.get().digestOn()) {
            return false;
        }
        ZoneId zone = chapter.get().schedule().zone();
        LocalDate monday = clock.instant().atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (!chapters.claimWeek(chatId, monday)) {
            return false;
        }
        WeekTotals week = chapters.week(chatId, monday.atStartOfDay(zone).toInstant(),
                monday.plusWeeks(1).atStartOfDay(zone).toInstant());
        replies.send(ChatId.group(chatId), OutboundMessage.text(text(chapter.get().language(), monday, week)));
        log.info("chapter digest sent to a group of {} members", week.members());
        return true;
    }

    String text(Language language, LocalDate monday, WeekTotals week) {
        Texts texts = replies.texts();
        String range = texts.get(language, "digest.range", "from", dates.day(language, monday),
                "to", dates.day(language, monday.plusDays(6)));
        if (week.quiet()) {
            return texts.get(language, "digest.quiet", "range", range);
        }
        List<String> lines = new ArrayList<>();
        lines.add(texts.get(language, "digest.title", "range", range));
        lines.add(texts.get(language, "digest.totals", "referrals", week.referrals(), "oneToOnes", week.oneToOnes(),
                "tyfcb", week.tyfcb().isEmpty() ? "" : texts.get(language, "digest.tyfcb",
                        "amount", Money.format(week.tyfcb(), language))));
        if (week.stepsDue() > 0) {
            lines.add(texts.get(language, "digest.followUps", "done", week.stepsDone(), "due", week.stepsDue(),
                    "percent", Math.round(100.0 * week.stepsDone() / week.stepsDue())));
        }
        week.leaders().stream().limit(MAX_LEADERS).forEach(l -> lines.add(texts.get(language, "digest.leader",
                "name", l.name(), "referrals", l.referrals(), "oneToOnes", l.oneToOnes())));
        lines.add(texts.get(language, "digest.leaderboardHint"));
        return String.join("\n", lines);
    }
}
