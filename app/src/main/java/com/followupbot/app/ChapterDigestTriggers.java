package com.followupbot.app;

import com.followupbot.chapter.ChapterSchedule;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * One cron trigger per chapter for its weekly digest, in the chapter's zone, kept in step with the chapters
 * the core knows: added, moved, removed. The job is idempotent per week (the core claims the week), so a
 * trigger fired twice or late posts one digest.
 */
final class ChapterDigestTriggers {

    static final String GROUP = "chapter-digest";
    static final JobKey JOB = JobKey.jobKey("chapter-digest", GROUP);

    private ChapterDigestTriggers() {
    }

    /** Brings the triggers in line with {@code schedules}; returns how many it added, changed or removed. */
    static int sync(Scheduler scheduler, List<ChapterSchedule> schedules) throws SchedulerException {
        if (scheduler.getJobDetail(JOB) == null) {
            JobDetail job = JobBuilder.newJob(ChapterDigestJob.class).withIdentity(JOB).storeDurably().build();
            scheduler.addJob(job, false);
        }
        int changed = 0;
        Set<TriggerKey> wanted = new HashSet<>();
        for (ChapterSchedule schedule : schedules) {
            TriggerKey key = TriggerKey.triggerKey(schedule.chatId(), GROUP);
            wanted.add(key);
            if (!current(scheduler.getTrigger(key), schedule)) {
                scheduler.unscheduleJob(key);
                scheduler.scheduleJob(trigger(key, schedule));
                changed++;
            }
        }
        for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(GROUP))) {
            if (!wanted.contains(key)) {
                scheduler.unscheduleJob(key);
                changed++;
            }
        }
        return changed;
    }

    /** "0 0 17 ? * FRI" for Friday 17:00. */
    static String cron(ChapterSchedule schedule) {
        return "0 " + schedule.time().getMinute() + " " + schedule.time().getHour() + " ? * " + day(schedule.day());
    }

    private static boolean current(Trigger existing, ChapterSchedule schedule) {
        return existing instanceof CronTrigger cron && cron.getCronExpression().equals(cron(schedule))
                && cron.getTimeZone().getID().equals(schedule.zone().getId());
    }

    private static Trigger trigger(TriggerKey key, ChapterSchedule schedule) {
        return TriggerBuilder.newTrigger().withIdentity(key).forJob(JOB)
                .usingJobData(ChapterDigestJob.CHAT_ID, schedule.chatId())
                // down at the hour: post it when back (the core keeps it to once a week)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron(schedule))
                        .inTimeZone(TimeZone.getTimeZone(schedule.zone())).withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    private static String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toUpperCase(Locale.ROOT);
    }
}
