package com.followupbot.telegram;

import com.followupbot.chat.Inbound;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Fetches a file a user sent: getFile for its path, then GET /file/bot&lt;token&gt;/&lt;path&gt; on the same Bot API
 * server the bot talks to (the library's own download always goes to api.telegram.org, which a local Bot API
 * server or a test could not answer). Reads at most {@link Inbound.Upload#MAX_BYTES}; empty when anything fails,
 * and the core then asks for the file again. The URL holds the token, so it is never logged.
 */
final class TelegramFiles {

    private static final Logger log = LoggerFactory.getLogger(TelegramFiles.class);

    private final TelegramClient client;
    private final OkHttpClient http;
    private final TelegramUrl url;
    private final String token;

    TelegramFiles(TelegramClient client, OkHttpClient http, TelegramUrl url, String token) {
        this.client = client;
        this.http = http;
        this.url = url;
        this.token = token;
    }

    Optional<byte[]> fetch(String fileId) {
        try {
            File file = client.execute(GetFile.builder().fileId(fileId).build());
            if (file == null || file.getFilePath() == null) {
                return Optional.empty();
            }
            HttpUrl address = new HttpUrl.Builder().scheme(url.getSchema()).host(url.getHost()).port(url.getPort())
                    .addPathSegment("file").addPathSegment("bot" + token).addPathSegments(file.getFilePath()).build();
            try (Response response = http.newCall(new Request.Builder().url(address).get().build()).execute()) {
                if (!response.isSuccessful() || response.body() == null) {
                    log.warn("a file download was answered {}", response.code());
                    return Optional.empty();
                }
                return bounded(response.body().byteStream());
            }
        } catch (TelegramApiException | IOException e) {
            log.warn("a file could not be fetched ({})", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** The bytes, unless there are more than the core reads: a size Telegram under-reported stops here. */
    private static Optional<byte[]> bounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(Inbound.Upload.MAX_BYTES + 1);
        return bytes.length > Inbound.Upload.MAX_BYTES ? Optional.empty() : Optional.of(bytes);
    }
}
