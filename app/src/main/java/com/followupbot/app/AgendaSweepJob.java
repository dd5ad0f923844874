package com.followupbot.app;

import org.quartz.DisallowConcurrentExecution;

/** Every minute: send the morning agendas that came due (each user's agenda time, in their zone). */
@DisallowConcurrentExecution
public final class AgendaSweepJob extends CalendarJob {

    @Override
    int run(BotTasks tasks) {
        return tasks.sendDueAgendas();
    }

    @Override
    String handled() {
        return "morning agenda(s) sent";
    }
}
