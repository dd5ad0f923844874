package com.followupbot.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The parts of the fake Web API that answer from the request, as Slack does: chat.postMessage gives each
 * message a ts (a DM posted to a user id lands in their DM), conversations.open/info map user U123 to DM D123
 * and back, users.info describes a person. Named for the stubs that use them.
 */
final class FakeResponses implements ResponseDefinitionTransformerV2 {

    static final String NAME = "fake-slack-responses";
    static final ObjectMapper JSON = new ObjectMapper();
    /** 12 March 2026, in Slack's ts format; the counter keeps every ts distinct and growing. */
    private final AtomicLong ts = new AtomicLong(1_773_337_200_000_100L);
    private final Map<String, ObjectNode> people;

    FakeResponses(Map<String, ObjectNode> people) {
        this.people = people;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        String path = event.getRequest().getUrl().replaceFirst("\\?.*", "");
        Map<String, String> form = Form.parse(event.getRequest().getBodyAsString());
        ObjectNode body = JSON.createObjectNode().put("ok", true);
        switch (path.substring(path.lastIndexOf('/') + 1)) {
            case "chat.postMessage" -> {
                String channel = dmOf(form.get("channel"));
                String stamp = nextTs();
                body.put("channel", channel).put("ts", stamp);
                body.putObject("message").put("type", "message").put("text", form.get("text")).put("ts", stamp)
                        .put("bot_id", FakeSlackApi.BOT_ID);
            }
            case "chat.postEphemeral" -> body.put("message_ts", nextTs());
            case "conversations.open" -> body.putObject("channel").put("id", dmOf(form.get("users")));
            case "conversations.info" -> body.putObject("channel").put("id", form.get("channel")).put("is_im", true)
                    .put("user", "U" + form.get("channel").substring(1));
            case "users.info" -> body.set("user", person(form.get("user")));
            default -> throw new IllegalStateException("no fake answer for " + path);
        }
        return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body.toString()).build();
    }

    private ObjectNode person(String id) {
        ObjectNode known = people.get(id);
        if (known != null) {
            return known;
        }
        ObjectNode person = JSON.createObjectNode().put("id", id).put("name", id.toLowerCase()).put("real_name", "Member " + id)
                .put("tz", "Europe/Rome").put("locale", "en-US");
        person.putObject("profile").put("real_name", "Member " + id);
        return person;
    }

    private String nextTs() {
        long value = ts.incrementAndGet();
        return value / 1_000_000 + "." + String.format("%06d", value % 1_000_000);
    }

    /** A user id stands for their DM with the bot. */
    static String dmOf(String channelOrUser) {
        return channelOrUser.startsWith("U") ? "D" + channelOrUser.substring(1) : channelOrUser;
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
