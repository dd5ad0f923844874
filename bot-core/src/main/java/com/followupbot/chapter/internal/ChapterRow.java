package com.followupbot.chapter.internal;

import java.time.LocalTime;

/** A chapter row as stored. */
public record ChapterRow(String chatId, String zone, String language, int digestDay, LocalTime digestTime,
                         boolean digestOn) {
}
