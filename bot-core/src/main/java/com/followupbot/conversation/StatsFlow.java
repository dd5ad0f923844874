package com.followupbot.conversation;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.DeliveryException;
import com.followupbot.chat.OutboundFile;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.stats.Stats;
import com.followupbot.stats.StatsChart;
import com.followupbot.stats.StatsReport;
import com.followupbot.user.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "stats": the chart of the last thirteen months as a picture, then the summary in words. The words always
 * arrive: when the platform refuses the file (Slack without files:write, a chat that takes no files) they say
 * the chart could not be sent. Nothing logged yet gets a friendly word, not an empty chart.
 */
final class StatsFlow {

    private static final Logger log = LoggerFactory.getLogger(StatsFlow.class);

    private final Stats stats;
    private final StatsChart chart;
    private final StatsTexts texts;
    private final Replies replies;

    StatsFlow(Stats stats, StatsChart chart, Replies replies) {
        this.stats = stats;
        this.chart = chart;
        this.texts = new StatsTexts(replies);
        this.replies = replies;
    }

    void stats(User user, ChatId chat) {
        StatsReport report = stats.of(user);
        if (report.isEmpty()) {
            replies.say(user, chat, "stats.none");
            return;
        }
        String summary = texts.summary(user, report);
        byte[] png = chart.render(texts.chart(user, report), user.speaks().locale());
        // the chart leaves with the turn's other replies, after its commit (see ExportFlow)
        replies.afterCommit(() -> replies.send(chat, OutboundMessage.text(sendChart(user, chat, report, png) ? summary
                : summary + "\n" + replies.text(user, "stats.chartFailed"))));
    }

    private boolean sendChart(User user, ChatId chat, StatsReport report, byte[] png) {
        String name = "stats-" + report.thisMonth().month() + ".png";
        try {
            replies.sendFile(chat, OutboundFile.png(name, png, texts.caption(user)));
            return true;
        } catch (DeliveryException e) {
            log.warn("user {}: the stats chart was not delivered ({}): {}", user.id(), e.reason(), e.getMessage());
            return false;
        }
    }
}
