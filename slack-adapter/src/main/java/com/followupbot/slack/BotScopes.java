package com.followupbot.slack;

import java.util.List;

/** The bot token scopes the adapter uses, as slack-adapter/manifest.yml asks for them; the start-up check demands each. */
final class BotScopes {

    static final List<String> REQUIRED = List.of(
            "app_mentions:read", // @bot met … in a channel
            "chat:write",        // prompts, edits, ephemeral acknowledgements
            "commands",          // slash commands and the message shortcut
            "files:write",       // files.getUploadURLExternal, files.completeUploadExternal: charts and exports
            "im:history",        // message.im: what users write in the DM
            "im:read",           // conversations.info on a DM, to re-open it
            "im:write",          // conversations.open: the bot starts the DM
            "users:read");       // users.info: name, time zone and locale

    private BotScopes() {
    }
}
