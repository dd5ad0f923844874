package com.followupbot.conversation.internal;

import com.followupbot.conversation.ButtonAction;
import java.util.ArrayList;
import java.util.List;

/** Buttons gathered column by column, for an insert that unnests them as arrays. */
public final class ButtonColumns {
    private final List<Long> userIds = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();
    private final List<String> actions = new ArrayList<>();
    private final List<Long> targetIds = new ArrayList<>();
    private final List<String> params = new ArrayList<>();

    public void add(long userId, String token, ButtonAction action, Long targetId, String param) {
        userIds.add(userId);
        tokens.add(token);
        actions.add(action.name());
        targetIds.add(targetId);
        params.add(param);
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    public Long[] userIds() {
        return userIds.toArray(Long[]::new);
    }

    public String[] tokens() {
        return tokens.toArray(String[]::new);
    }

    public String[] actions() {
        return actions.toArray(String[]::new);
    }

    public Long[] targetIds() {
        return targetIds.toArray(Long[]::new);
    }

    public String[] params() {
        return params.toArray(String[]::new);
    }

    public void clear() {
        userIds.clear();
        tokens.clear();
        actions.clear();
        targetIds.clear();
        params.clear();
    }
}
