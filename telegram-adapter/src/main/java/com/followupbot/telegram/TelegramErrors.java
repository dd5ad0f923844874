package com.followupbot.telegram;

import com.followupbot.chat.DeliveryException;
import java.time.Duration;
import java.util.Locale;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** Telegram's refusals in the core's terms. Messages carry the method and Telegram's description, never a token or a text. */
final class TelegramErrors {

    private TelegramErrors() {
    }

    static DeliveryException delivery(String method, TelegramApiException e) {
        int code = code(e);
        String why = method + (code > 0 ? " [" + code + "] " + apiResponse(e) : " failed: " + e.getClass().getSimpleName());
        if (code == 429) {
            return new DeliveryException(DeliveryException.Reason.RATE_LIMITED, why, retryAfter(e), e);
        }
        if (code == 403) {
            // "bot was blocked by the user", "bot can't initiate conversation", "user is deactivated"
            return new DeliveryException(DeliveryException.Reason.BLOCKED_BY_USER, why, null, e);
        }
        if (code == 0 || code >= 500) {
            return new DeliveryException(DeliveryException.Reason.UNREACHABLE, why, null, e);
        }
        return new DeliveryException(DeliveryException.Reason.REJECTED, why, null, e);
    }

    /** Telegram's HTTP-like error code; 0 when the request never got an answer (network, unreadable body). */
    static int code(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException request && request.getErrorCode() != null) {
            return request.getErrorCode();
        }
        return 0;
    }

    /** An edit that changes nothing: the message already shows it. */
    static boolean notModified(TelegramApiException e) {
        return code(e) == 400 && description(e).contains("message is not modified");
    }

    /** An edit of a message the user deleted, or one too old to edit: the outcome is saved all the same. */
    static boolean cannotEdit(TelegramApiException e) {
        String description = description(e);
        return code(e) == 400 && (description.contains("message to edit not found") || description.contains("can't be edited"));
    }

    private static String description(TelegramApiException e) {
        return apiResponse(e).toLowerCase(Locale.ROOT);
    }

    private static String apiResponse(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException request && request.getApiResponse() != null) {
            return request.getApiResponse();
        }
        return "";
    }

    private static Duration retryAfter(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException request && request.getParameters() != null
                && request.getParameters().getRetryAfter() != null) {
            return Duration.ofSeconds(request.getParameters().getRetryAfter());
        }
        return null;
    }
}
