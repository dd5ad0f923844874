package com.followupbot.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * The Bolt app, with its middleware chosen here rather than by Bolt: its default authorization calls
 * auth.test again and knows one token only (the adapter has checked the token and holds a token per
 * workspace itself), and its request verification reads the system clock (EventsEndpoint checks signatures
 * before Bolt sees a request). What is left is answering Slack's ssl_check pings.
 */
final class BoltApp {

    private BoltApp() {
    }

    static App create(Slack slack) {
        AppConfig config = AppConfig.builder()
                .slack(slack)
                .requestVerificationEnabled(false)
                .allEventsApiAutoAckEnabled(true) // events the bot has no listener for (edits, joins) are acked, not retried
                .build();
        List<Middleware> middleware = new ArrayList<>(List.of(new SSLCheck(null)));
        return new App(config, slack, middleware);
    }
}
