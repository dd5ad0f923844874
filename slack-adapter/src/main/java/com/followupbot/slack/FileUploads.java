package com.followupbot.slack;

import com.followupbot.chat.DeliveryException.Reason;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundFile;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import java.io.IOException;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's file upload (files v2, the only one left since files.upload was retired): files.getUploadURLExternal
 * gives a file id and a one-time upload URL, the bytes are POSTed there, files.completeUploadExternal shares
 * the file in the channel with the caption as its message.
 *
 * <p>The SDK's {@code filesUploadV2} does the same three steps, but wraps Slack's refusals in its own
 * SlackFilesUploadV2Exception (no SlackApiException, no error code where {@link WebApi} looks for it) and by
 * default calls files.info afterwards, which needs a files:read scope the bot does not ask for. Done step by
 * step, each call goes through {@link WebApi}: the workspace's token, revocations noticed, refusals classified
 * for the core's pacing like every other send.
 */
final class FileUploads {

    private static final Logger log = LoggerFactory.getLogger(FileUploads.class);
    /** Slack's ceiling on an image's alt text. */
    static final int MAX_ALT_TEXT = 1000;

    private final WebApi api;

    FileUploads(WebApi api) {
        this.api = api;
    }

    /** Steps 1 and 2: the upload URL for this file, then its bytes there. Returns Slack's id for the file. */
    String upload(String team, OutboundFile file) {
        FilesGetUploadURLExternalResponse target = api.call(team, "files.getUploadURLExternal", c -> c.filesGetUploadURLExternal(r -> {
            r.filename(file.fileName()).length(file.size());
            if (file.isImage() && file.hasCaption()) {
                r.altTxt(BlockKit.fit(file.caption(), MAX_ALT_TEXT)); // what a screen reader says for the chart
            }
            return r;
        }));
        post(target.getUploadUrl(), file);
        return target.getFileId();
    }

    /**
     * Step 3: shares the uploaded file in {@code channel} (prefixed). The reference names the file, not a
     * message: Slack posts the file's message on its own, after answering, so there is no ts to give back.
     */
    MessageRef share(String channel, String fileId, OutboundFile file) {
        String team = SlackIds.team(channel);
        FileDetails details = FileDetails.builder().id(fileId).title(file.fileName()).build();
        api.call(team, "files.completeUploadExternal", c -> c.filesCompleteUploadExternal(r -> {
            r.files(List.of(details)).channelId(SlackIds.local(channel));
            if (file.hasCaption()) {
                r.initialComment(BlockKit.fallback(file.caption())); // escaped: nothing typed can mention or link
            }
            return r;
        }));
        return new MessageRef(channel, fileId);
    }

    /**
     * The bytes to the URL Slack gave, with the SDK's own HTTP client (its timeouts and proxy). The URL is
     * signed for this one file, so it carries no token; it is not logged above DEBUG all the same.
     */
    private void post(String uploadUrl, OutboundFile file) {
        OkHttpClient http = api.slack().getHttpClient().getOkHttpClient();
        Request request = new Request.Builder().url(uploadUrl)
                .post(RequestBody.create(file.content(), MediaType.parse(file.mediaType()))).build();
        try (Response response = http.newCall(request).execute()) {
            log.debug("uploaded {} bytes to {}: HTTP {}", file.size(), uploadUrl, response.code());
            if (!response.isSuccessful()) {
                throw refused(response);
            }
        } catch (IOException e) {
            throw SlackErrors.network("file upload", e);
        }
    }

    private static SlackDeliveryException refused(Response response) {
        int status = response.code();
        if (status == 429) {
            return SlackErrors.refused("file upload", "ratelimited", response.headers().toMultimap());
        }
        Reason reason = status >= 500 ? Reason.UNREACHABLE : Reason.REJECTED;
        return new SlackDeliveryException(reason, "file upload", "http_" + status, null, null);
    }
}
