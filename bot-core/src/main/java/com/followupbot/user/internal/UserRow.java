package com.followupbot.user.internal;

import com.followupbot.chat.Platform;
import com.followupbot.user.Language;
import com.followupbot.user.User;
import com.followupbot.user.WorkingHours;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/** A user_account row (the user with the identity prompts go to); {@link #toUser()} turns it into the domain record. */
public record UserRow(
        long id,
        String platform,
        String platformUserId,
        String displayName,
        String privateChatId,
        String language,
        boolean languageChosen,
        String zone,
        boolean zoneChosen,
        LocalTime workStart,
        LocalTime workEnd,
        int workDays,
        LocalTime agendaTime,
        Instant blockedAt,
        String preferredPlatform) {

    public User toUser() {
        return new User(id, Platform.valueOf(platform), platformUserId, displayName, privateChatId,
                Language.fromCode(language), languageChosen, ZoneId.of(zone), zoneChosen,
                new WorkingHours(workStart, workEnd, WorkingHours.daysOf(workDays)), agendaTime, blockedAt,
                preferredPlatform == null ? null : Platform.valueOf(preferredPlatform));
    }
}
