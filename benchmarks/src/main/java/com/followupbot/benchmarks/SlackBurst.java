package com.followupbot.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.followupbot.chat.ChatPort;
import com.followupbot.slack.SlackAdapter;
import com.followupbot.slack.SlackConfig;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * BurstDrain on Slack: {@link SlackLimits} (1/s per channel, {@code perMinute} for the workspace) behind the
 * real Slack adapter in HTTP mode (only its Web API client is used: nothing is received). One workspace;
 * every user is prompted in their DM.
 */
final class SlackBurst implements BurstTarget {

    static final String TEAM = "T0BURST";
    static final String TOKEN = "xoxb-1111111111-2222222222-burstdraintokenforbenchmarks";
    static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

    private final int perMinute;
    private final SlackLimits limits;
    private final WireMockServer slack;
    private final List<SlackAdapter> adapters = new ArrayList<>();

    SlackBurst(int perMinute) {
        this.perMinute = perMinute;
        this.limits = new SlackLimits(perMinute);
        this.slack = new WireMockServer(options().dynamicPort().containerThreads(40).extensions(limits));
        slack.start();
        stubIdentity(slack);
        slack.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).willReturn(aResponse().withTransformers(SlackLimits.NAME)));
    }

    /** auth.test and bots.info for the adapter's start-up check, and ok for any other method (views.publish, say). */
    static void stubIdentity(WireMockServer slack) {
        slack.stubFor(post(urlPathEqualTo("/api/auth.test")).willReturn(okJson("{\"ok\":true,\"url\":\"https://burst.slack.com/\","
                + "\"team\":\"Burst\",\"user\":\"followup\",\"team_id\":\"" + TEAM + "\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\"}")));
        slack.stubFor(post(urlPathEqualTo("/api/bots.info")).willReturn(okJson("{\"ok\":true,\"bot\":{\"id\":\"B0BOT\","
                + "\"app_id\":\"A0BURST\",\"user_id\":\"U0BOT\",\"name\":\"followup\"}}")));
        slack.stubFor(post(urlPathMatching("/api/.*")).atPriority(10).willReturn(okJson("{\"ok\":true}")));
    }

    static String apiUrl(WireMockServer slack) {
        return slack.baseUrl() + "/api/";
    }

    @Override
    public void onPlatform(DataSource database) throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("update user_identity set platform = 'SLACK', platform_user_id = '" + TEAM + ":U' || (100000 + user_id),"
                    + " private_chat_id = '" + TEAM + ":D' || (100000 + user_id)");
        }
    }

    @Override
    public ChatPort connect() throws Exception {
        SlackAdapter adapter = SlackAdapter.connect(SlackConfig.http(TOKEN, SIGNING_SECRET, apiUrl(slack), 0));
        adapters.add(adapter);
        return adapter.chatPort();
    }

    @Override
    public double ceiling() {
        return perMinute / 60.0;
    }

    @Override
    public String limits() {
        return "Slack limits " + perMinute + "/min workspace, 1/s channel";
    }

    @Override
    public List<Long> accepted() {
        return limits.accepted();
    }

    @Override
    public int refused() {
        return limits.refused();
    }

    @Override
    public void close() {
        adapters.forEach(SlackAdapter::close);
        slack.stop();
    }
}
