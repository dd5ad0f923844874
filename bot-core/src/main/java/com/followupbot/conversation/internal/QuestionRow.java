package com.followupbot.conversation.internal;

/** A stored question: its id, kind (the question's type name) and JSON data. */
public record QuestionRow(long id, String kind, String data) {
}
