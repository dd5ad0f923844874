package com.followupbot.slack;

/** Where Slack's requests come in: a Socket Mode connection or an HTTP listener. Closing stops receiving. */
interface Receiver extends AutoCloseable {

    @Override
    void close();
}
