package com.followupbot.benchmarks;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * chat.postMessage as Slack limits it, for BurstDrain's Slack mode: over sliding windows, at most one message
 * a second to a channel and {@code perMinute} a minute for the workspace (Slack documents "several hundred";
 * the workspace is told by the bot token). Past either: HTTP 429, {@code Retry-After: 1} and
 * {@code {"ok":false,"error":"ratelimited"}}, as Slack answers. Real JVM times, like {@link TelegramLimits}.
 */
final class SlackLimits implements ResponseDefinitionTransformerV2 {

    static final String NAME = "slack-limits";
    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;

    private final int perMinute;
    private final Map<String, Deque<Long>> workspaces = new HashMap<>();
    private final Map<String, Long> channels = new HashMap<>();
    private final List<Long> accepted = new ArrayList<>();
    private int refused;
    private long ts = 1_773_337_200_000_000L;

    SlackLimits(int perMinute) {
        this.perMinute = perMinute;
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        String channel = formField(event.getRequest().getBodyAsString(), "channel");
        String token = String.valueOf(event.getRequest().getHeader("Authorization"));
        long now = System.nanoTime();
        Deque<Long> workspace = workspaces.computeIfAbsent(token, t -> new ArrayDeque<>());
        while (!workspace.isEmpty() && now - workspace.peekFirst() >= MINUTE) {
            workspace.pollFirst();
        }
        Long last = channels.get(channel);
        if (workspace.size() >= perMinute || last != null && now - last < SECOND) {
            refused++;
            return new ResponseDefinitionBuilder().withStatus(429).withHeader("Retry-After", "1")
                    .withHeader("Content-Type", "application/json").withBody("{\"ok\":false,\"error\":\"ratelimited\"}").build();
        }
        workspace.add(now);
        channels.put(channel, now);
        accepted.add(now);
        String stamp = ++ts / 1_000_000 + "." + String.format("%06d", ts % 1_000_000);
        return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + stamp + "\",\"message\":{\"type\":\"message\","
                        + "\"text\":\"prompt\",\"ts\":\"" + stamp + "\"}}").build();
    }

    /** The field of a form-encoded body (chat.postMessage's), decoded; "" when absent. */
    static String formField(String body, String name) {
        for (String pair : body.split("&")) {
            int at = pair.indexOf('=');
            if (at > 0 && URLDecoder.decode(pair.substring(0, at), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    synchronized List<Long> accepted() {
        return List.copyOf(accepted);
    }

    synchronized int refused() {
        return refused;
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
