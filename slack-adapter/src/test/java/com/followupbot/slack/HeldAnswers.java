package com.followupbot.slack;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A slow platform without a delay to race: the stubs that use it answer only once the test {@link #release}s
 * them (or the fake closes), so "before Slack answered" holds on any machine, however loaded.
 */
final class HeldAnswers implements ResponseDefinitionTransformerV2 {

    static final String NAME = "held-answers";

    private final CountDownLatch released = new CountDownLatch(1);

    void release() {
        released.countDown();
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        try {
            released.await(SlackTestBot.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return event.getResponseDefinition();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
