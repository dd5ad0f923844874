package com.followupbot.app;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where messages wait while the database is away: {@value Database#HOLD_FILE} in the data directory,
 * so that a bot restarted meanwhile loses none of them. Beside the embedded server the directory is
 * ready and its server's lock keeps a second bot out. With an external server the directory is made
 * for this file, and a lock of its own keeps two bots on one host (with the same data directory) from
 * replaying and clearing each other's file; when the directory cannot be used or another bot holds it,
 * the messages wait in memory, as before, and a warning says what to set.
 */
final class HoldFileChoice {

    static final String LOCK_FILE = "held-messages.lock";
    private static final Logger log = LoggerFactory.getLogger(HoldFileChoice.class);

    private HoldFileChoice() {
    }

    /** The hold file, or null for memory only; a lock taken for it is registered with {@code closer}. */
    static Path choose(Database database, DataDirectory dataDir, Closer closer) {
        Path file = dataDir.path().resolve(Database.HOLD_FILE);
        if (database.embedded().isPresent()) {
            return file;
        }
        try {
            dataDir.prepare();
            closer.register(DataDirectoryLock.acquire(dataDir.path(), LOCK_FILE));
            return file;
        } catch (StartupException e) {
            log.warn("Messages that come while the database is away will wait in memory only, lost if the bot "
                    + "stops meanwhile: {}", e.getMessage());
        } catch (DataDirectoryLock.InUseException e) {
            log.warn("Another Follow-Up Bot keeps its waiting messages in {}: this one keeps them in memory only. "
                    + "Give each bot its own {} (or {}).", dataDir.path(), DataDirOption.VARIABLE, DataDirOption.OPTION);
        } catch (RuntimeException e) {
            log.warn("Could not lock {} in {} ({}): waiting messages are kept in memory only", LOCK_FILE, dataDir.path(),
                    e.toString());
        }
        return null;
    }
}
