package com.followupbot.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/** Telegram refusing sends to one chat, as the fake Bot API can be told to. */
final class Failures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Failures() {
    }

    /** Every sendMessage to the chat gets 403 "bot was blocked by the user" until the stub is removed. */
    static StubMapping blockedBy(FakeBotApi api, long chatId) {
        return api.server().stubFor(post(FakeBotApi.method("sendmessage")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(String.valueOf(chatId))))
                .willReturn(error(403, "Forbidden: bot was blocked by the user", null)));
    }

    /** The next {@code times} sendMessage calls to the chat get 429 with {@code retryAfter} seconds, then they pass. */
    static void floodedFor(FakeBotApi api, long chatId, int retryAfter, int times) {
        for (int i = 0; i < times; i++) {
            api.server().stubFor(post(FakeBotApi.method("sendmessage")).atPriority(1)
                    .withRequestBody(matchingJsonPath("$.chat_id", equalTo(String.valueOf(chatId))))
                    .inScenario("flood-" + chatId).whenScenarioStateIs(i == 0 ? STARTED : "flood-" + i)
                    .willSetStateTo("flood-" + (i + 1))
                    .willReturn(error(429, "Too Many Requests: retry after " + retryAfter, retryAfter)));
        }
    }

    /**
     * The next {@code times} sendMessage calls to the chat have their connection reset, then they pass.
     * (OkHttp itself retries a reset connection once at once, so it takes two for the bot to notice.)
     */
    static void connectionReset(FakeBotApi api, long chatId, int times) {
        for (int i = 0; i < times; i++) {
            api.server().stubFor(post(FakeBotApi.method("sendmessage")).atPriority(1)
                    .withRequestBody(matchingJsonPath("$.chat_id", equalTo(String.valueOf(chatId))))
                    .inScenario("reset-" + chatId).whenScenarioStateIs(i == 0 ? STARTED : "reset-" + i)
                    .willSetStateTo("reset-" + (i + 1))
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        }
    }

    /** The next {@code times} sendMessage calls to the chat get Telegram's 500, then they pass. */
    static void serverErrors(FakeBotApi api, long chatId, int times) {
        for (int i = 0; i < times; i++) {
            api.server().stubFor(toChat(chatId).inScenario("error-" + chatId).whenScenarioStateIs(i == 0 ? STARTED : "error-" + i)
                    .willSetStateTo("error-" + (i + 1)).willReturn(error(500, "Internal Server Error", null)));
        }
    }

    /** Every sendMessage to the chat gets Telegram's 500 until the stub is removed. */
    static StubMapping down(FakeBotApi api, long chatId) {
        return api.server().stubFor(toChat(chatId).willReturn(error(500, "Internal Server Error", null)));
    }

    /** Every sendMessage to the chat is answered (and so delivered) after {@code millis}. */
    static void slow(FakeBotApi api, long chatId, int millis) {
        api.server().stubFor(toChat(chatId).willReturn(aResponse().withFixedDelay(millis).withTransformers(SentMessages.NAME)));
    }

    /**
     * The first sendMessage to the chat is delivered, but answered after {@code millis} (past the client's
     * timeout, the bot never hears of it); the next ones pass at once.
     */
    static void answeredTooLateOnce(FakeBotApi api, long chatId, int millis) {
        api.server().stubFor(toChat(chatId).inScenario("late-" + chatId).whenScenarioStateIs(STARTED).willSetStateTo("late-1")
                .willReturn(aResponse().withFixedDelay(millis).withTransformers(SentMessages.NAME)));
    }

    private static com.github.tomakehurst.wiremock.client.MappingBuilder toChat(long chatId) {
        return post(FakeBotApi.method("sendmessage")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(String.valueOf(chatId))));
    }

    /** A Bot API error, as Telegram sends it: the HTTP status repeated in error_code, and retry_after for floods. */
    private static ResponseDefinitionBuilder error(int code, String description, Integer retryAfter) {
        ObjectNode body = JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
        if (retryAfter != null) {
            body.putObject("parameters").put("retry_after", retryAfter);
        }
        return aResponse().withStatus(code).withHeader("Content-Type", "application/json").withBody(body.toString());
    }
}
