package com.followupbot.slack;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Workspaces an installation store would hold, recording which ones the adapter reported as removed. */
final class RecordingWorkspaces implements Workspaces {

    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    final List<String> removed = new CopyOnWriteArrayList<>();

    RecordingWorkspaces with(String team, String token) {
        tokens.put(team, token);
        return this;
    }

    @Override
    public Optional<String> botToken(String teamId) {
        return Optional.ofNullable(tokens.get(teamId));
    }

    @Override
    public void removed(String teamId) {
        tokens.remove(teamId);
        removed.add(teamId);
    }
}
