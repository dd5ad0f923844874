package com.followupbot.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The Web API methods a reply uses, for InboundLatency's Slack mode: chat.postMessage (a ts for each message)
 * and chat.update, conversations.open (user U1 ↔ DM D1), users.info. Each reply to a channel is noted with
 * the time it arrived (nanoTime) and its blocks, so the user waiting on that channel learns of it at once.
 */
final class SlackReplies implements ResponseDefinitionTransformerV2 {

    static final String NAME = "slack-replies";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A message the bot posted or edited: when it reached "Slack", its ts, its blocks. */
    record Reply(long arrivedNanos, String ts, JsonNode blocks) {
    }

    private final Map<String, Channel> channels = new ConcurrentHashMap<>();
    private long ts = 1_773_337_200_000_000L;

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        long now = System.nanoTime();
        String path = event.getRequest().getUrl().replaceFirst("\\?.*", "");
        String body = event.getRequest().getBodyAsString();
        String answer = switch (path.substring(path.lastIndexOf('/') + 1)) {
            case "chat.postMessage" -> {
                String channel = SlackLimits.formField(body, "channel");
                String stamp = nextTs();
                channel(channel).add(new Reply(now, stamp, blocks(body)));
                yield "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + stamp + "\",\"message\":{\"type\":\"message\","
                        + "\"ts\":\"" + stamp + "\"}}";
            }
            case "chat.update" -> {
                String channel = SlackLimits.formField(body, "channel");
                channel(channel).add(new Reply(now, SlackLimits.formField(body, "ts"), blocks(body)));
                yield "{\"ok\":true,\"channel\":\"" + channel + "\"}";
            }
            case "conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"D" + SlackLimits.formField(body, "users").substring(1)
                    + "\"}}";
            case "users.info" -> "{\"ok\":true,\"user\":{\"id\":\"" + SlackLimits.formField(body, "user") + "\",\"name\":\"member\","
                    + "\"real_name\":\"Member\",\"tz\":\"Europe/Rome\",\"locale\":\"en-US\"}}";
            default -> "{\"ok\":true}";
        };
        return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(answer).build();
    }

    /** How many replies {@code channel} (a local id, "D1") has had. */
    int count(String channel) {
        return channel(channel).count();
    }

    /** The reply after the first {@code seen} of {@code channel}, once it came; null after {@code timeoutMillis}. */
    Reply await(String channel, int seen, long timeoutMillis) throws InterruptedException {
        return channel(channel).await(seen, timeoutMillis);
    }

    private Channel channel(String id) {
        return channels.computeIfAbsent(id, c -> new Channel());
    }

    private synchronized String nextTs() {
        long value = ++ts;
        return value / 1_000_000 + "." + String.format("%06d", value % 1_000_000);
    }

    private static JsonNode blocks(String body) {
        try {
            return JSON.readTree(SlackLimits.formField(body, "blocks").isEmpty() ? "[]" : SlackLimits.formField(body, "blocks"));
        } catch (IOException e) {
            return JSON.createArrayNode();
        }
    }

    /** One channel's replies, in arrival order, that a waiting user is woken for. */
    private static final class Channel {
        private final java.util.List<Reply> replies = new java.util.ArrayList<>();

        synchronized void add(Reply reply) {
            replies.add(reply);
            notifyAll();
        }

        synchronized int count() {
            return replies.size();
        }

        synchronized Reply await(int seen, long timeoutMillis) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (replies.size() <= seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return replies.get(seen);
        }
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
