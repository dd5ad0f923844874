package com.followupbot.app;

import com.followupbot.chat.OutboundFile;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes the console's files without overwriting any: "stats.png", then "stats-2.png", "stats-3.png"…
 * Each name is taken with CREATE_NEW, so two bots sharing a folder cannot both take it either.
 */
final class ConsoleFiles {

    /** Enough for years of /stats in one folder; past it something is wrong, and saying so beats looping. */
    private static final int MAX_TRIES = 10_000;

    private ConsoleFiles() {
    }

    static Path writeNew(Path directory, OutboundFile file) throws IOException {
        Files.createDirectories(directory);
        String name = file.fileName();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 1; n <= MAX_TRIES; n++) {
            Path target = directory.resolve(n == 1 ? name : stem + "-" + n + extension);
            try {
                Files.write(target, file.content(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return target;
            } catch (FileAlreadyExistsException taken) {
                // the next number
            }
        }
        throw new IOException("no free name for " + name + " in " + directory);
    }
}
