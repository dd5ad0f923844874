package com.followupbot.capture;

import com.followupbot.user.Language;

/**
 * What a message says, read once, before it is matched against what the user has open (prompts,
 * questions): the conversation resolves it and acts. A new kind of message is one more case here.
 */
public sealed interface Understanding {

    Language language();

    /** "who is Anna", "/settings zone Europe/Rome", "change my time zone to London": {@code args} may be empty. */
    record Command(CommandName name, String args, Language language) implements Understanding {
    }

    /** A typed answer to a prompt: "done", "emailed Anna", "snooze Dora until Monday", "called Sara, no answer". */
    record Answer(PromptAnswer answer, Language language) implements Understanding {
    }

    /** A meeting to log. */
    record Capture(ParsedMessage parsed) implements Understanding {
        @Override
        public Language language() {
            return parsed.language();
        }
    }

    /**
     * A visitor of the user's chapter to log: "visitor Marco Neri, accountant, came today". Read as a meeting
     * (its people, day, note); the visitor gets a plan of their own.
     */
    record Visit(ParsedMessage parsed) implements Understanding {
        @Override
        public Language language() {
            return parsed.language();
        }
    }

    /** A referral given or received: "gave Marco a referral: Anna Rossi needs a website", "Marco mi ha dato il contatto di Luca". */
    record Referral(ReferralMention referral, Language language) implements Understanding {
    }

    /** How a referral went: "closed with Luca, 2,500 EUR", "Luca not a fit", "chiuso con Luca per 2.500 €". */
    record Outcome(OutcomeMention outcome, Language language) implements Understanding {
    }

    /** "fix company Acme Srl", "no, her surname is Bianchi", "correggi Tom azienda Initech". */
    record Fix(Correction correction, Language language) implements Understanding {
    }

    /**
     * Only a time: "Tuesday 10:00", "next week", "domani alle 15" (the answer to "When is it?", a snooze);
     * {@code name} is a name said with it ("Dora next week"), else null.
     */
    record When(WhenPhrase when, String name, Language language) implements Understanding {
    }

    /** "yes", "ok", "looks right", "sì, giusto". */
    record Yes(Language language) implements Understanding {
    }

    /** "no", "nope", "sbagliato". */
    record No(Language language) implements Understanding {
    }

    /** "thanks", "grazie". */
    record Thanks(Language language) implements Understanding {
    }

    /** Longer than the bot reads. */
    record TooLong(Language language) implements Understanding {
    }

    /** Anything else: chit-chat, plans, typos; {@code text} is kept for questions that take free text. */
    record NotUnderstood(Language language) implements Understanding {
    }
}
