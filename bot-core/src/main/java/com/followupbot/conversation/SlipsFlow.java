package com.followupbot.conversation;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.DeliveryException;
import com.followupbot.chat.OutboundFile;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.i18n.Texts;
import com.followupbot.referral.Money;
import com.followupbot.stats.Slip;
import com.followupbot.stats.Slips;
import com.followupbot.stats.Week;
import com.followupbot.user.User;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "slips" ("schede"): this week's slips, Monday to Sunday in the user's zone, as a CSV for the chapter's
 * report ({@link SlipsCsv}) and a line that counts them; "slips last week" ("schede settimana scorsa") the
 * week before. Only the user's own rows; a week without slips gets a word and no empty file.
 */
final class SlipsFlow {

    private static final Logger log = LoggerFactory.getLogger(SlipsFlow.class);

    private final Slips slips;
    private final SlipsCsv csv;
    private final DateWords dates;
    private final Replies replies;

    SlipsFlow(Slips slips, Replies replies) {
        this.slips = slips;
        this.csv = new SlipsCsv(replies);
        this.dates = new DateWords(replies.texts());
        this.replies = replies;
    }

    void slips(User user, ChatId chat, String args) {
        boolean last = meansLastWeek(user, args);
        Week week = last ? slips.thisWeek(user).previous() : slips.thisWeek(user);
        String when = replies.text(user, last ? "slips.lastWeek" : "slips.thisWeek",
                "from", dates.day(user.speaks(), week.monday()), "to", dates.day(user.speaks(), week.sunday()));
        List<Slip> found = slips.of(user, week);
        if (found.isEmpty()) {
            replies.say(user, chat, "slips.none", "week", when);
            return;
        }
        String summary = replies.text(user, "slips.summary", "referrals", count(user, found, Slip.Kind.REFERRAL, "slips.referrals"),
                "tyfcb", tyfcb(user, found), "oneToOnes", count(user, found, Slip.Kind.ONE_TO_ONE, "slips.oneToOnes"),
                "week", when);
        OutboundFile file = OutboundFile.csv("slips-" + week.monday() + ".csv", csv.write(user, found),
                replies.text(user, "slips.caption", "week", when));
        // the file leaves with the turn's other replies, after its commit (see ExportFlow)
        replies.afterCommit(() -> replies.send(chat, OutboundMessage.text(sendFile(chat, file, user) ? summary
                : summary + "\n" + replies.text(user, "slips.fileFailed"))));
    }

    private boolean sendFile(ChatId chat, OutboundFile file, User user) {
        try {
            replies.sendFile(chat, file);
            return true;
        } catch (DeliveryException e) {
            log.warn("user {}: the slips file was not delivered ({}): {}", user.id(), e.reason(), e.getMessage());
            return false;
        }
    }

    /** "3 referrals", "1 referral", "no referrals": the key's .0, .1 or .n form. */
    private String count(User user, List<Slip> found, Slip.Kind kind, String key) {
        long n = found.stream().filter(s -> s.kind() == kind).count();
        return replies.text(user, key + (n == 0 ? ".0" : n == 1 ? ".1" : ".n"), "count", n);
    }

    /** "1 TYFCB (€2,500)"; the value left out when no amount was told. */
    private String tyfcb(User user, List<Slip> found) {
        Map<String, BigDecimal> value = new TreeMap<>();
        found.stream().filter(s -> s.kind() == Slip.Kind.TYFCB && s.amount() != null)
                .forEach(s -> value.merge(s.currency() == null ? "" : s.currency(), s.amount(), BigDecimal::add));
        String count = count(user, found, Slip.Kind.TYFCB, "slips.tyfcb");
        return value.isEmpty() ? count : count + " (" + Money.format(value, user.speaks()) + ")";
    }

    /** "last week", "settimana scorsa", "la settimana scorsa": the words in {@code slips.lastWeekWords}. */
    private boolean meansLastWeek(User user, String args) {
        String said = args == null ? "" : args.strip().toLowerCase(Locale.ROOT).replaceAll("[.!?]+$", "");
        Texts texts = replies.texts();
        return !said.isEmpty() && Arrays.stream(com.followupbot.user.Language.values())
                .flatMap(language -> Arrays.stream(texts.get(language, "slips.lastWeekWords").split("\\|")))
                .anyMatch(said::equals);
    }
}
