package com.followupbot.chat;

import java.time.Duration;
import java.util.Objects;

/**
 * How fast the platform lets one bot send, for the core to pace against. {@code scope} names the bot
 * account the limits belong to: instances of one bot share them, two bots do not.
 */
public record SendLimits(String scope, Rate overall, Rate privateChat, Rate groupChat) {

    public SendLimits {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(privateChat, "privateChat");
        Objects.requireNonNull(groupChat, "groupChat");
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
