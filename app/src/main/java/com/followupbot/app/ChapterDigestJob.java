package com.followupbot.app;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

/** A chapter's weekly digest, on the chapter's own cron trigger (its day and time, in its zone). */
@DisallowConcurrentExecution
public final class ChapterDigestJob extends CalendarJob {

    /** Key of the chapter's group in the trigger's data. */
    static final String CHAT_ID = "chatId";

    @Override
    int run(BotTasks tasks) {
        return 0;
    }

    @Override
    int run(BotTasks tasks, JobExecutionContext context) {
        String chatId = context.getMergedJobDataMap().getString(CHAT_ID);
        return chatId != null && tasks.sendChapterDigest(chatId) ? 1 : 0;
    }

    @Override
    String handled() {
        return "chapter digest(s) sent";
    }
}
