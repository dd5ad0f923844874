package com.followupbot.app;

import com.followupbot.FollowUpBot;
import com.followupbot.chat.ChatPort;
import java.time.Clock;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** A frontend for runtime tests that drive the bot themselves: no adapters to check, and nothing to run. */
record IdleFrontend(Clock clock, ChatPort chatPort) implements ChatFrontend {

    @Override
    public Map<String, BooleanSupplier> adapterChecks() {
        return Map.of();
    }

    @Override
    public int run(FollowUpBot bot) {
        return ExitCodes.OK;
    }
}
