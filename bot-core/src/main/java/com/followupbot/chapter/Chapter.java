package com.followupbot.chapter;

import com.followupbot.user.Language;

/** A chapter group the bot serves, with the language of its digest and when it goes out (none when off). */
public record Chapter(String chatId, Language language, ChapterSchedule schedule, boolean digestOn) {
}
