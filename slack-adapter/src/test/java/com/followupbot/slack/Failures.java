package com.followupbot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/** Slack refusing calls, as the fake Web API can be told to. */
final class Failures {

    private Failures() {
    }

    /** The next {@code times} chat.postMessage calls to {@code channel} get HTTP 429 with Retry-After, then they pass. */
    static void rateLimited(FakeSlackApi api, String channel, int retryAfterSeconds, int times) {
        for (int i = 0; i < times; i++) {
            api.server().stubFor(post(FakeSlackApi.method("chat.postMessage")).atPriority(1)
                    .withFormParam("channel", equalTo(channel))
                    .inScenario("limited-" + channel).whenScenarioStateIs(i == 0 ? STARTED : "limited-" + i)
                    .willSetStateTo("limited-" + (i + 1))
                    .willReturn(aResponse().withStatus(429).withHeader("Retry-After", String.valueOf(retryAfterSeconds))
                            .withHeader("Content-Type", "application/json").withBody("{\"ok\":false,\"error\":\"ratelimited\"}")));
        }
    }

    /**
     * The next chat.postMessage to {@code channel} is answered HTTP 200 {@code {"ok":false,"error":"ratelimited"}},
     * with Retry-After when {@code retryAfterSeconds} is not null: the form a proxy or an older API edge gives.
     */
    static void refusedAsRateLimited(FakeSlackApi api, String channel, Integer retryAfterSeconds) {
        var answer = okJson("{\"ok\":false,\"error\":\"ratelimited\"}");
        if (retryAfterSeconds != null) {
            answer = answer.withHeader("Retry-After", String.valueOf(retryAfterSeconds));
        }
        api.server().stubFor(post(FakeSlackApi.method("chat.postMessage")).atPriority(1)
                .withFormParam("channel", equalTo(channel)).inScenario("refused-" + channel).whenScenarioStateIs(STARTED)
                .willSetStateTo("refused-once").willReturn(answer));
    }

    /** Every call of {@code method} answers ok:false with {@code error}, until the stub is removed. */
    static StubMapping refuses(FakeSlackApi api, String method, String error) {
        return api.server().stubFor(post(FakeSlackApi.method(method)).atPriority(2)
                .willReturn(okJson("{\"ok\":false,\"error\":\"" + error + "\"}")));
    }

    /** Calls of {@code method} about {@code channel} answer ok:false with {@code error}. */
    static StubMapping refusesIn(FakeSlackApi api, String method, String channel, String error) {
        return api.server().stubFor(post(FakeSlackApi.method(method)).atPriority(1).withFormParam("channel", equalTo(channel))
                .willReturn(okJson("{\"ok\":false,\"error\":\"" + error + "\"}")));
    }

    /** The connection is reset on every call of {@code method}. */
    static StubMapping resets(FakeSlackApi api, String method) {
        return api.server().stubFor(post(FakeSlackApi.method(method)).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }
}
