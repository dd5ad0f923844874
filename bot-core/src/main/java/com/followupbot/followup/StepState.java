package com.followupbot.followup;

/** pending → prompted → done | snoozed | skipped; a snoozed step is prompted again when due. */
public enum StepState {
    PENDING, PROMPTED, DONE, SNOOZED, SKIPPED;

    public boolean isOpen() {
        return this == PENDING || this == PROMPTED || this == SNOOZED;
    }
}
