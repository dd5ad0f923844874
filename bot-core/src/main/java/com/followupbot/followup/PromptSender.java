package com.followupbot.followup;

import com.followupbot.chat.MessageRef;

/**
 * Composes and sends the prompt for a due step: the conversation layer implements it, so the
 * dispatcher knows nothing of wording, buttons or languages. Throws
 * {@link com.followupbot.chat.DeliveryException} when the platform refuses.
 */
public interface PromptSender {

    /** Sends the prompt; returns null when the user cannot be reached yet (no private chat known). */
    MessageRef sendPrompt(FollowUpStep step);
}
