package com.followupbot.slack;

import java.util.List;

/**
 * The bot token scopes the adapter uses, as slack-adapter/manifest.yml asks for them: the start-up check
 * demands each required one, and only warns about an optional one (an install from before it was asked for
 * keeps working, without that feature, until it is reinstalled).
 */
final class BotScopes {

    static final List<String> REQUIRED = List.of(
            "app_mentions:read", // @bot met … in a channel
            "chat:write",        // prompts, edits, ephemeral acknowledgements
            "commands",          // slash commands and the message shortcut
            "im:history",        // message.im: what users write in the DM
            "im:read",           // conversations.info on a DM, to re-open it
            "im:write",          // conversations.open: the bot starts the DM
            "users:read");       // users.info: name, time zone and locale

    static final List<String> OPTIONAL = List.of(
            "files:write",       // files.getUploadURLExternal, files.completeUploadExternal: charts and exports
            "files:read");       // url_private_download of a file the user shares in the DM: contact imports

    private BotScopes() {
    }
}
