package com.followupbot.chat;

import java.time.Duration;
import java.util.Objects;

/**
 * How fast the platform lets one bot send, for the core to pace against. {@code scope} names the bot
 * account the limits belong to: instances of one bot share them, two bots do not. {@code tenantSeparator},
 * when set, says the overall rate holds per tenant (a Slack workspace), named by the part of a chat id
 * before it ("T024:D456" is workspace T024's); null: one overall rate for the bot.
 */
public record SendLimits(String scope, Rate overall, Rate privateChat, Rate groupChat, String tenantSeparator) {

    public SendLimits {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(privateChat, "privateChat");
        Objects.requireNonNull(groupChat, "groupChat");
    }

    public SendLimits(String scope, Rate overall, Rate privateChat, Rate groupChat) {
        this(scope, overall, privateChat, groupChat, null);
    }

    /** The key of the overall rate a message to {@code chatId} counts against. */
    public String overallKey(String chatId) {
        int at = tenantSeparator == null ? -1 : chatId.indexOf(tenantSeparator);
        return at < 0 ? scope + "/all" : scope + "/" + chatId.substring(0, at) + "/all";
    }

    /** At most {@code messages} per {@code per}. */
    public record Rate(int messages, Duration per) {
        public Rate {
            if (messages < 1 || per.isNegative() || per.isZero()) {
                throw new IllegalArgumentException("a rate needs a positive count and period");
            }
        }

        public static Rate perSecond(int messages) {
            return new Rate(messages, Duration.ofSeconds(1));
        }

        public static Rate perMinute(int messages) {
            return new Rate(messages, Duration.ofMinutes(1));
        }

        /** The spacing that keeps sends at this rate. */
        public Duration interval() {
            return per.dividedBy(messages);
        }
    }

    /** The spacing between two messages to one chat: a group is bound by both its own and the chat rate. */
    public Duration chatInterval(boolean isPrivate) {
        Duration chat = privateChat.interval();
        return isPrivate ? chat : max(chat, groupChat.interval());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
