package com.followupbot.slack;

import com.followupbot.chat.Inbound;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads a file a user shared in the bot's DM: its {@code url_private_download} with the workspace's bot
 * token as a Bearer (the bot needs the files:read scope for it). The token goes only to Slack's own file host or
 * to the host Web API calls go to (a fake in tests): an event naming any other URL is not followed. Reads at most
 * {@link Inbound.Upload#MAX_BYTES}; empty when anything fails, and the core asks for the file again.
 */
final class SlackFiles {

    private static final Logger log = LoggerFactory.getLogger(SlackFiles.class);
    private static final String SLACK_FILES = "files.slack.com";

    private final WebApi api;
    private final Set<String> hosts;

    SlackFiles(WebApi api, String apiUrl) {
        this.api = api;
        HttpUrl web = HttpUrl.parse(apiUrl);
        this.hosts = web == null ? Set.of(SLACK_FILES) : Set.of(SLACK_FILES, web.host().toLowerCase(Locale.ROOT));
    }

    Optional<byte[]> fetch(String team, String url) {
        HttpUrl address = url == null ? null : HttpUrl.parse(url);
        Optional<String> token = api.token(team);
        if (address == null || !hosts.contains(address.host().toLowerCase(Locale.ROOT)) || token.isEmpty()) {
            log.warn("a shared file was not fetched: {}", address == null ? "no download URL" : token.isEmpty()
                    ? "no token for its workspace" : "not a Slack file host");
            return Optional.empty();
        }
        Request request = new Request.Builder().url(address).header("Authorization", "Bearer " + token.get()).get().build();
        try (Response response = api.slack().getHttpClient().getOkHttpClient().newCall(request).execute()) {
            if (!response.isSuccessful() || response.body() == null) {
                log.warn("a shared file's download was answered {}", response.code());
                return Optional.empty();
            }
            byte[] bytes = response.body().byteStream().readNBytes(Inbound.Upload.MAX_BYTES + 1);
            return bytes.length > Inbound.Upload.MAX_BYTES ? Optional.empty() : Optional.of(bytes);
        } catch (IOException e) {
            log.warn("a shared file could not be fetched ({})", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
