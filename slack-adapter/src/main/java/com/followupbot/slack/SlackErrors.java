package com.followupbot.slack;

import com.followupbot.chat.DeliveryException.Reason;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Slack's refusals in the core's terms. The adapter only classifies: waiting, retrying and backing off
 * are the core's (PacedChatPort, the dispatcher), so nothing here loops.
 */
final class SlackErrors {

    /** The token no longer works: nothing will get through until an operator or a reinstall fixes it. */
    static final Set<String> AUTH = Set.of("account_inactive", "invalid_auth", "token_revoked", "not_authed", "token_expired");
    /** The workspace took the app's token back for good. */
    static final Set<String> REVOKED = Set.of("token_revoked", "account_inactive");
    /** The person cannot be messaged (deleted, deactivated, a bot): like a Telegram user blocking the bot. */
    static final Set<String> UNREACHABLE_USER = Set.of("user_not_found", "cannot_dm_bot", "user_disabled");
    /** Not worth trying again before someone reinstalls the app or fixes its token. */
    static final Duration AUTH_RETRY = Duration.ofHours(1);
    private static final Duration DEFAULT_RATE_RETRY = Duration.ofSeconds(1);

    private SlackErrors() {
    }

    /** An answer with {@code "ok": false}. */
    static SlackDeliveryException refused(String method, String error, Map<String, List<String>> headers) {
        String code = error == null ? "unknown_error" : error;
        if (code.equals("ratelimited")) {
            return new SlackDeliveryException(Reason.RATE_LIMITED, method, code, retryAfter(headers), null);
        }
        if (AUTH.contains(code)) {
            return new SlackDeliveryException(Reason.UNREACHABLE, method, code, AUTH_RETRY, null);
        }
        if (UNREACHABLE_USER.contains(code)) {
            return new SlackDeliveryException(Reason.BLOCKED_BY_USER, method, code, null, null);
        }
        return new SlackDeliveryException(Reason.REJECTED, method, code, null, null);
    }

    /** An HTTP status other than 200: 429 says when to come back; anything else is Slack (or the way there) failing. */
    static SlackDeliveryException http(String method, SlackApiException e) {
        int status = e.getResponse() == null ? 0 : e.getResponse().code();
        if (status == 429) {
            String after = e.getResponse().header("Retry-After");
            return new SlackDeliveryException(Reason.RATE_LIMITED, method, "ratelimited", seconds(after), e);
        }
        return new SlackDeliveryException(Reason.UNREACHABLE, method, "http_" + status, null, e);
    }

    static SlackDeliveryException network(String method, IOException e) {
        return new SlackDeliveryException(Reason.UNREACHABLE, method, null, null, e);
    }

    private static Duration retryAfter(Map<String, List<String>> headers) {
        if (headers != null) {
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if (header.getKey() != null && header.getKey().toLowerCase(Locale.ROOT).equals("retry-after")
                        && !header.getValue().isEmpty()) {
                    return seconds(header.getValue().get(0));
                }
            }
        }
        return DEFAULT_RATE_RETRY;
    }

    private static Duration seconds(String value) {
        try {
            return value == null ? DEFAULT_RATE_RETRY : Duration.ofSeconds(Math.max(1, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return DEFAULT_RATE_RETRY;
        }
    }
}
