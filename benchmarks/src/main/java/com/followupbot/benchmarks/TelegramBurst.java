package com.followupbot.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.followupbot.chat.ChatPort;
import com.followupbot.telegram.TelegramAdapter;
import com.followupbot.telegram.TelegramConfig;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/** BurstDrain on Telegram: {@link TelegramLimits} (30/s for the bot, 1/s per chat) behind the real Telegram adapter. */
final class TelegramBurst implements BurstTarget {

    private static final String TOKEN = "123456:burst-drain-token";
    private static final int CEILING = 30;

    private final TelegramLimits limits = new TelegramLimits(CEILING, 1);
    private final WireMockServer telegram = new WireMockServer(options().dynamicPort().containerThreads(40).extensions(limits));

    TelegramBurst() {
        telegram.start();
        telegram.stubFor(post(urlMatching("(?i)/bot[^/]+/getme")).willReturn(okJson("{\"ok\":true,\"result\":{\"id\":123456,"
                + "\"is_bot\":true,\"first_name\":\"Follow-Up\",\"username\":\"BurstBot\"}}")));
        telegram.stubFor(post(urlMatching("(?i)/bot[^/]+/sendmessage")).willReturn(aResponse().withTransformers(TelegramLimits.NAME)));
        telegram.stubFor(post(urlMatching("(?i)/bot[^/]+/(?!sendmessage|getme).*")).atPriority(10)
                .willReturn(okJson("{\"ok\":true,\"result\":true}")));
    }

    @Override
    public void onPlatform(DataSource database) throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("update user_identity set platform = 'TELEGRAM', platform_user_id = (100000 + user_id)::text,"
                    + " private_chat_id = (100000 + user_id)::text");
        }
    }

    @Override
    public ChatPort connect() throws Exception {
        return TelegramAdapter.connect(TelegramConfig.longPolling(TOKEN, URI.create(telegram.baseUrl()))).chatPort();
    }

    @Override
    public double ceiling() {
        return CEILING;
    }

    @Override
    public String limits() {
        return "Telegram limits " + CEILING + "/s bot, 1/s chat";
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
        telegram.stop();
    }
}
