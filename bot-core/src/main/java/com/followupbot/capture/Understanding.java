package com.followupbot.capture;

import com.followupbot.followup.StepKind;
import com.followupbot.user.Language;

/** What a message asks of the bot, ready for the conversation to act on. */
public sealed interface Understanding {

    Language language();

    /** "who is Anna", "/settings zone Europe/Rome": {@code args} is the rest of the message, maybe empty. */
    record Command(CommandName name, String args, Language language) implements Understanding {
    }

    /** "emailed Anna": the step of the named contact's plan the user already did. */
    record Progress(StepKind step, String contactName, Language language) implements Understanding {
    }

    /** A meeting to log. */
    record Capture(ParsedMessage parsed) implements Understanding {
        @Override
        public Language language() {
            return parsed.language();
        }
    }

    /** Longer than the bot reads. */
    record TooLong(Language language) implements Understanding {
    }

    /** Anything else: chit-chat, plans, typos. */
    record NotUnderstood(Language language) implements Understanding {
    }
}
