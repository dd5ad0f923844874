package com.followupbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** The Bot API's success envelope, {@code {"ok":true,"result":…}}, as the fake server's transformers answer it. */
final class BotApiResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BotApiResponses() {
    }

    static ResponseDefinition ok(JsonNode result) {
        ObjectNode body = JSON.createObjectNode().put("ok", true);
        body.set("result", result);
        return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(body.toString()).build();
    }
}
