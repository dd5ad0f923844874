package com.followupbot.chapter;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;

/** When a chapter's weekly digest goes to its group: a day and time in the chapter's zone. */
public record ChapterSchedule(String chatId, ZoneId zone, DayOfWeek day, LocalTime time) {
}
