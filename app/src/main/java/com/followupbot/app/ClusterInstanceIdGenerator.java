package com.followupbot.app;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.quartz.spi.InstanceIdGenerator;

/**
 * Quartz's default AUTO id is host name plus start millisecond, which two schedulers started together
 * in one JVM can share; a shared id makes the cluster treat two nodes as one. Host, pid and a random
 * suffix cannot collide, and still tell an operator which machine and process a node is.
 */
public final class ClusterInstanceIdGenerator implements InstanceIdGenerator {

    @Override
    public String generateInstanceId() {
        return host() + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
