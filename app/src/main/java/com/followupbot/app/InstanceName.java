package com.followupbot.app;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Names this process in the core's claims and outbox: host and pid, readable in the database. */
final class InstanceName {

    private InstanceName() {
    }

    static String local() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + ":" + ProcessHandle.current().pid();
    }
}
