package com.followupbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followupbot.FollowUpBot;
import com.followupbot.chat.ChatPort;
import com.followupbot.testing.RecordingChatPort;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Telegram and Slack in one process: both ports reach the bot, both get the database, the first to stop ends the run. */
class CombinedFrontendTest {

    @Test
    void theBotReachesEveryPlatformAndEachFrontendGetsTheDatabase() throws Exception {
        StandInFrontend telegram = new StandInFrontend(0);
        StandInFrontend slack = new StandInFrontend(0);
        CombinedFrontend both = new CombinedFrontend(List.of(telegram, slack));

        assertThat(both.chatPorts()).containsExactly(telegram.port, slack.port);
        Jdbi jdbi = Jdbi.create("jdbc:postgresql://unused");
        both.useDatabase(jdbi);
        assertThat(telegram.jdbi).isSameAs(jdbi);
        assertThat(slack.jdbi).isSameAs(jdbi);
    }

    @Test
    void theRunEndsWithTheFirstFrontendThatStops() throws Exception {
        StandInFrontend telegram = new StandInFrontend(3);
        StandInFrontend slack = StandInFrontend.untilInterrupted();
        int exit = new CombinedFrontend(List.of(slack, telegram)).run(null);

        assertThat(exit).isEqualTo(3);
        slack.stopped.await(); // interrupted by the shutdown, not left running
    }

    @Test
    void aFrontendsFailureSurfacesAsItself() {
        StandInFrontend slack = StandInFrontend.untilInterrupted();
        ChatFrontend failing = new StandInFrontend(0) {
            @Override
            public int run(FollowUpBot bot) throws FrontendUnavailableException {
                throw new FrontendUnavailableException("Telegram refused the token (401 Unauthorized).");
            }
        };
        assertThatThrownBy(() -> new CombinedFrontend(List.of(slack, failing)).run(null))
                .isInstanceOf(FrontendUnavailableException.class)
                .hasMessage("Telegram refused the token (401 Unauthorized).");
    }

    private static class StandInFrontend implements ChatFrontend {
        final ChatPort port = new RecordingChatPort();
        final CountDownLatch stopped = new CountDownLatch(1);
        final int exit;
        final boolean blocks;
        Jdbi jdbi;

        StandInFrontend(int exit) {
            this(exit, false);
        }

        private StandInFrontend(int exit, boolean blocks) {
            this.exit = exit;
            this.blocks = blocks;
        }

        static StandInFrontend untilInterrupted() {
            return new StandInFrontend(0, true);
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }

        @Override
        public ChatPort chatPort() {
            return port;
        }

        @Override
        public void useDatabase(Jdbi jdbi) {
            this.jdbi = jdbi;
        }

        @Override
        public int run(FollowUpBot bot) throws Exception {
            try {
                if (blocks) {
                    new CountDownLatch(1).await();
                }
                return exit;
            } finally {
                stopped.countDown();
            }
        }
    }
}
