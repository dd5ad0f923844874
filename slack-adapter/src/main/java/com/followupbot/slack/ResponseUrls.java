package com.followupbot.slack;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.google.gson.Gson;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The response_url of each user's latest slash command per channel. A slash command works in any channel,
 * also one the bot was never added to, where chat.postEphemeral is refused (not_in_channel); Slack's
 * response_url can still answer the user there, only to them, for half an hour.
 */
final class ResponseUrls {

    private static final Logger log = LoggerFactory.getLogger(ResponseUrls.class);
    private static final Duration VALID = Duration.ofMinutes(30);
    private static final Gson JSON = GsonFactory.createSnakeCase();

    private final WebApi api;
    private final BoundedCache<String, String> urls;

    ResponseUrls(WebApi api, Clock clock) {
        this.api = api;
        this.urls = new BoundedCache<>(10_000, VALID, clock);
    }

    void remember(String channel, String user, String responseUrl) {
        if (responseUrl != null && !responseUrl.isBlank()) {
            urls.put(key(channel, user), responseUrl);
        }
    }

    /** Answers {@code reader} in {@code chat} through their response_url; false when there is none or it failed. */
    boolean respond(ChatId chat, ChatUser reader, String text, List<LayoutBlock> blocks) {
        Optional<String> url = urls.get(key(chat.value(), reader.platformUserId()));
        if (url.isEmpty()) {
            return false;
        }
        String body = JSON.toJson(SlashCommandResponse.builder().responseType("ephemeral").text(text).blocks(blocks).build());
        try {
            WebhookResponse response = api.slack().send(url.get(), body);
            if (response.getCode() != null && response.getCode() == 200) {
                return true;
            }
            log.warn("response_url refused an ephemeral answer (HTTP {})", response.getCode());
        } catch (IOException e) {
            log.warn("response_url could not be reached: {}", e.toString());
        }
        return false;
    }

    private static String key(String channel, String user) {
        return channel + "|" + user;
    }
}
