package com.followupbot.user;

import com.followupbot.chat.Platform;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A person using the bot, reached through one or more platform identities (a Telegram account, a Slack
 * member): {@code platform}, {@code platformUserId}, {@code displayName}, {@code privateChatId} and
 * {@code blockedAt} are those of the identity prompts go to ({@code preferredPlatform} if the user chose
 * one, else the one they used last that can be reached). {@code language} is null until detected from their first messages;
 * {@code zoneChosen}: the user set the zone, so the platform's hint (Slack's tz) no longer moves it;
 * {@code agendaTime} null means no morning agenda; {@code blockedAt} is set while the platform
 * refuses messages to them.
 */
public record User(
        long id,
        Platform platform,
        String platformUserId,
        String displayName,
        String privateChatId,
        Language language,
        boolean languageChosen,
        ZoneId zone,
        boolean zoneChosen,
        WorkingHours workingHours,
        LocalTime agendaTime,
        Instant blockedAt,
        Platform preferredPlatform) {

    /** The language to speak: English until one is known. */
    public Language speaks() {
        return language == null ? Language.EN : language;
    }

    public ZonedDateTime localTime(Instant instant) {
        return instant.atZone(zone);
    }

    /** The first name, for drafts signed by the user; null when the platform gave no name. */
    public String firstName() {
        if (displayName == null || displayName.isBlank()) {
            return null;
        }
        return displayName.strip().split("\\s+")[0];
    }
}
