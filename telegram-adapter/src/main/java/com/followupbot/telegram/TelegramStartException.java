package com.followupbot.telegram;

/** The bot could not start on Telegram (bad token, API unreachable, webhook refused); the message says why. */
public final class TelegramStartException extends Exception {

    public TelegramStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
