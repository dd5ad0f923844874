package com.followupbot.app;

/** The chat platform the configuration asks for cannot be reached or used (a wrong token, a port taken). */
public final class FrontendUnavailableException extends Exception {

    public FrontendUnavailableException(String message) {
        super(message);
    }
}
