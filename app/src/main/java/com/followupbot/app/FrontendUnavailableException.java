package com.followupbot.app;

/** The configuration asks for a chat platform this build cannot serve yet. */
public final class FrontendUnavailableException extends Exception {

    public FrontendUnavailableException(String message) {
        super(message);
    }
}
