package com.followupbot.app;

import com.followupbot.FollowUpBot;
import com.followupbot.chat.ChatPort;
import com.followupbot.telegram.TelegramAdapter;
import com.followupbot.telegram.TelegramConfig;
import com.followupbot.telegram.TelegramStartException;
import java.time.Clock;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** The bot on Telegram: the adapter's port, the system clock, updates until the process is stopped. */
final class TelegramFrontend implements ChatFrontend {

    private final TelegramAdapter telegram;

    private TelegramFrontend(TelegramAdapter telegram) {
        this.telegram = telegram;
    }

    /** Checks the token with getMe before the database starts, so a wrong one fails at once. */
    static TelegramFrontend connect(TelegramConfig config) throws FrontendUnavailableException {
        try {
            return new TelegramFrontend(TelegramAdapter.connect(config));
        } catch (TelegramStartException e) {
            throw new FrontendUnavailableException(e.getMessage());
        }
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public ChatPort chatPort() {
        return telegram.chatPort();
    }

    @Override
    public Map<String, BooleanSupplier> adapterChecks() {
        return Map.of("telegram", telegram::isReceiving);
    }

    @Override
    public int run(FollowUpBot bot) throws Exception {
        Thread stop = new Thread(telegram::close, "telegram-stop"); // Ctrl-C / SIGTERM: stop receiving
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            telegram.run(bot);
            return ExitCodes.OK;
        } catch (TelegramStartException e) {
            System.err.println(e.getMessage());
            return ExitCodes.UNAVAILABLE;
        } finally {
            telegram.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it closes the adapter itself
            }
        }
    }
}
