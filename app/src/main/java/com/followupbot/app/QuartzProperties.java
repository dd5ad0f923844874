package com.followupbot.app;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Quartz configuration: the JDBC job store in the bot's own PostgreSQL (tables from migration V2),
 * clustered, so that whichever instance is alive runs each calendar job once.
 */
final class QuartzProperties {

    /** Every instance must use the same name: it is the cluster's key in the QRTZ_ tables. */
    static final String SCHEDULER_NAME = "followup-bot";
    private static final int THREADS = 2;
    private static final AtomicInteger DATA_SOURCES = new AtomicInteger();

    private QuartzProperties() {
    }

    /** Quartz on {@code database}, waiting at most {@code timeout} for a connection, as the bot's own pool does. */
    static Properties clustered(DatabaseConfig database, java.time.Duration timeout) {
        // Quartz registers data sources in a JVM-wide map by name: a unique name per scheduler keeps
        // two schedulers in one JVM (tests) from sharing, and closing, each other's pool
        String dataSource = "followup" + DATA_SOURCES.incrementAndGet();
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
        properties.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        properties.setProperty("org.quartz.scheduler.instanceIdGenerator.class", ClusterInstanceIdGenerator.class.getName());
        // jobs look up what they need in the scheduler context; no bean-property injection
        properties.setProperty("org.quartz.scheduler.jobFactory.class", "org.quartz.simpl.SimpleJobFactory");
        properties.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        properties.setProperty("org.quartz.threadPool.threadCount", Integer.toString(THREADS));
        properties.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        properties.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        properties.setProperty("org.quartz.jobStore.dataSource", dataSource);
        String prefix = "org.quartz.dataSource." + dataSource + ".";
        properties.setProperty(prefix + "connectionProvider.class", QuartzConnections.class.getName());
        properties.setProperty(prefix + "jdbcUrl", database.jdbcUrl());
        if (database.user() != null) {
            properties.setProperty(prefix + "user", database.user());
        }
        if (database.password() != null) {
            properties.setProperty(prefix + "password", database.password());
        }
        properties.setProperty(prefix + "timeoutSeconds", Long.toString(Math.max(1, timeout.toSeconds())));
        // worker threads + the cluster manager + the misfire handler
        properties.setProperty(prefix + "maxConnections", Integer.toString(THREADS + 2));
        return properties;
    }
}
