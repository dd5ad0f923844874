package com.followupbot.followup;

import com.followupbot.chat.MessageRef;
import java.util.List;
import java.util.function.Supplier;

/**
 * Composes and sends the prompt for a due step: the conversation layer implements it, so the
 * dispatcher knows nothing of wording, buttons or languages. Throws
 * {@link com.followupbot.chat.DeliveryException} when the platform refuses.
 */
public interface PromptSender {

    /** Sends the prompt; returns null when the user cannot be reached yet (no private chat known). */
    MessageRef sendPrompt(FollowUpStep step);

    /**
     * Renders the prompts of a batch at once (a sender stores all their buttons in one statement); nothing
     * is sent until {@link Prepared#send()}. A prompt that cannot be rendered fails when it is sent.
     */
    default List<Prepared> prepare(List<FollowUpStep> steps) {
        return steps.stream().map(step -> new Prepared(step, () -> sendPrompt(step))).toList();
    }

    /** A rendered prompt; {@link #send()} has the contract of {@link #sendPrompt}. */
    record Prepared(FollowUpStep step, Supplier<MessageRef> sender) {
        public MessageRef send() {
            return sender.get();
        }

        /** The same prompt, then {@code after} once it went out. */
        public Prepared andThen(Runnable after) {
            return new Prepared(step, () -> {
                MessageRef sent = sender.get();
                after.run();
                return sent;
            });
        }
    }
}
