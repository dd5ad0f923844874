package com.followupbot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;

/** A person in the test workspace: builds what Slack sends when they write, type a command, click or open the App Home. */
record SlackUser(String id, String name) {

    private static final AtomicLong SEQUENCE = new AtomicLong(1);

    /** Their DM with the bot (the fake's convention: U123 ↔ D123). */
    String dm() {
        return "D" + id.substring(1);
    }

    String prefixedId() {
        return SlackIds.of(FakeSlackApi.TEAM, id);
    }

    /** A message in their DM with the bot. */
    SlackPayload says(String text) {
        return message(text, null);
    }

    /** A reply in the thread of the bot's message {@code ts}. */
    SlackPayload repliesInThread(String ts, String text) {
        return message(text, ts);
    }

    SlackPayload command(String command, String text, String channel) {
        return command(command, text, channel, "https://hooks.slack.invalid/commands/" + next());
    }

    /** A slash command whose response_url is {@code responseUrl}. */
    SlackPayload command(String command, String text, String channel, String responseUrl) {
        ObjectNode body = object().put("token", "unused").put("team_id", FakeSlackApi.TEAM).put("team_domain", "follow")
                .put("channel_id", channel).put("channel_name", channel.startsWith("D") ? "directmessage" : "bni-roma")
                .put("user_id", id).put("user_name", name.toLowerCase()).put("command", command).put("text", text)
                .put("api_app_id", FakeSlackApi.APP_ID).put("is_enterprise_install", "false")
                .put("response_url", responseUrl).put("trigger_id", "trigger-" + next());
        return new SlackPayload(SlackPayload.COMMAND, body);
    }

    /** A click on the button labelled {@code label} of the bot's message. */
    SlackPayload clicks(SlackMessage message, String label) {
        return clicks(message.channel(), message.ts(), message.button(label));
    }

    SlackPayload clicks(String channel, String ts, JsonNode button) {
        ObjectNode click = interaction("block_actions");
        click.putObject("container").put("type", "message").put("message_ts", ts).put("channel_id", channel).put("is_ephemeral", false);
        click.putObject("channel").put("id", channel).put("name", "directmessage");
        click.putObject("message").put("type", "message").put("ts", ts).put("text", "…").put("bot_id", FakeSlackApi.BOT_ID);
        click.putArray("actions").add(action(button));
        return new SlackPayload(SlackPayload.INTERACTIVE, click);
    }

    /** A click on a button of their App Home. */
    SlackPayload clicksInHome(JsonNode button) {
        ObjectNode click = interaction("block_actions");
        click.putObject("container").put("type", "view").put("view_id", "V0HOME");
        click.putObject("view").put("id", "V0HOME").put("type", "home");
        click.putArray("actions").add(action(button));
        return new SlackPayload(SlackPayload.INTERACTIVE, click);
    }

    /** "@followup {text}" in a channel. */
    SlackPayload mentions(String channel, String text) {
        ObjectNode event = object().put("type", "app_mention").put("user", id).put("text", "<@" + FakeSlackApi.BOT_USER + "> " + text)
                .put("ts", ts()).put("channel", channel);
        return event(event);
    }

    /** "Log as a meeting" on someone's message in a channel. */
    SlackPayload logsAsMeeting(String channel, String author, String text) {
        ObjectNode shortcut = interaction("message_action").put("callback_id", InteractionTranslator.LOG_MEETING);
        shortcut.putObject("channel").put("id", channel).put("name", "bni-roma");
        String ts = ts();
        shortcut.putObject("message").put("type", "message").put("user", author).put("ts", ts).put("text", text);
        shortcut.put("message_ts", ts);
        return new SlackPayload(SlackPayload.INTERACTIVE, shortcut);
    }

    SlackPayload opensHome() {
        return event(object().put("type", "app_home_opened").put("user", id).put("channel", dm()).put("tab", "home")
                .put("event_ts", ts()));
    }

    /** An Events API event_callback around {@code event}, with a fresh event_id. */
    static SlackPayload event(ObjectNode event) {
        ObjectNode callback = object().put("token", "unused").put("team_id", FakeSlackApi.TEAM).put("api_app_id", FakeSlackApi.APP_ID)
                .put("type", "event_callback").put("event_id", "Ev0" + next()).put("event_time", System.currentTimeMillis() / 1000);
        callback.set("event", event);
        callback.putArray("authorizations").addObject().put("team_id", FakeSlackApi.TEAM).put("user_id", FakeSlackApi.BOT_USER)
                .put("is_bot", true);
        return new SlackPayload(SlackPayload.EVENT, callback);
    }

    /** A file shared in their DM (message subtype file_share): what Slack says of it, with the URL to download it from. */
    SlackPayload sharesFile(String fileName, String mimeType, long size, String downloadUrl) {
        return sharesFiles(new SharedFile(fileName, mimeType, size, downloadUrl));
    }

    /** One file of a share: its name, type and size as Slack reports them, and where to download it. */
    record SharedFile(String name, String mimeType, long size, String downloadUrl) {
    }

    /** Several files shared in one message of their DM (Slack allows up to ten). */
    SlackPayload sharesFiles(SharedFile... shared) {
        String ts = ts();
        ObjectNode event = object().put("type", "message").put("subtype", "file_share").put("channel", dm())
                .put("channel_type", "im").put("user", id).put("text", "").put("ts", ts).put("event_ts", ts)
                .put("team", FakeSlackApi.TEAM).put("upload", false);
        var files = event.putArray("files");
        for (SharedFile file : shared) {
            files.addObject().put("id", "F" + next()).put("name", file.name()).put("title", file.name())
                    .put("mimetype", file.mimeType()).put("filetype", "csv").put("size", file.size()).put("mode", "hosted")
                    .put("url_private", file.downloadUrl()).put("url_private_download", file.downloadUrl());
        }
        return event(event);
    }

    private SlackPayload message(String text, String threadTs) {
        String ts = ts();
        ObjectNode event = object().put("type", "message").put("channel", dm()).put("channel_type", "im").put("user", id)
                .put("text", text).put("ts", ts).put("event_ts", ts).put("team", FakeSlackApi.TEAM).put("client_msg_id", "m-" + next());
        if (threadTs != null) {
            event.put("thread_ts", threadTs);
        }
        return event(event);
    }

    private ObjectNode interaction(String type) {
        ObjectNode payload = object().put("type", type).put("token", "unused").put("api_app_id", FakeSlackApi.APP_ID)
                .put("trigger_id", "trigger-" + next()).put("action_ts", ts()).put("response_url", "https://hooks.slack.invalid/actions/" + next());
        payload.putObject("team").put("id", FakeSlackApi.TEAM).put("domain", "follow");
        payload.putObject("user").put("id", id).put("name", name.toLowerCase()).put("team_id", FakeSlackApi.TEAM);
        return payload;
    }

    private static ObjectNode action(JsonNode button) {
        ObjectNode action = object().put("type", "button").put("block_id", "b1").put("action_id", button.path("action_id").asText())
                .put("action_ts", ts());
        if (button.has("value")) {
            action.put("value", button.path("value").asText());
        }
        action.set("text", button.path("text"));
        return action;
    }

    private static ObjectNode object() {
        return FakeResponses.JSON.createObjectNode();
    }

    private static long next() {
        return SEQUENCE.incrementAndGet();
    }

    private static String ts() {
        return (System.currentTimeMillis() / 1000) + "." + String.format("%06d", next() % 1_000_000);
    }
}
