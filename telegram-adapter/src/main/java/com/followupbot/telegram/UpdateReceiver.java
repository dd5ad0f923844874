package com.followupbot.telegram;

/** Where updates come from: long polling or a webhook. Closing stops receiving. */
interface UpdateReceiver extends AutoCloseable {

    @Override
    void close();
}
