package com.followupbot.benchmarks;

import com.followupbot.chat.ChatPort;
import java.util.List;
import javax.sql.DataSource;

/** The platform BurstDrain drains to: a WireMock enforcing its limits, and the real adapter's port aimed at it. */
interface BurstTarget extends AutoCloseable {

    /** The seeded users become this platform's users, each with a private chat. */
    void onPlatform(DataSource database) throws Exception;

    /** One bot instance's port: the real adapter's, connected to the fake platform. */
    ChatPort connect() throws Exception;

    /** Messages a second the limits allow at most, the achieved rate's reference. */
    double ceiling();

    String limits();

    /** When each accepted message arrived (nanoTime), in order. */
    List<Long> accepted();

    int refused();

    @Override
    void close();
}
