package com.followupbot.conversation.internal;

/** A stored group command: its name (empty for plain text) and arguments. */
public record DeferredRow(String command, String args) {
}
