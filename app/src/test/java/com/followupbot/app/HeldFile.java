package com.followupbot.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the bot's hold file as a test sees it: how many messages wait there, and what they say. */
record HeldFile(Path dataDir) {

    Path path() {
        return dataDir.resolve(Database.HOLD_FILE);
    }

    /** Messages kept, less those done. */
    long held() throws IOException {
        List<String> lines = lines();
        return lines.stream().filter(l -> l.contains("\"op\":\"hold\"")).count()
                - lines.stream().filter(l -> l.contains("\"op\":\"done\"")).count();
    }

    List<String> lines() throws IOException {
        return Files.exists(path()) ? Files.readAllLines(path()) : List.of();
    }
}
