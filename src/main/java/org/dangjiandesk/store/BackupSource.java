package org.dangjiandesk.store;

import java.nio.file.Path;
import java.util.Map;

/** An open database that can be copied while in use; the backup service works through it. */
public interface BackupSource {

    /** Writes a consistent copy (a zip holding the database file) and returns the rows per table it holds. */
    Map<String, Long> backupTo(Path zip);

    /** Rows per table now. */
    Map<String, Long> rowCounts();

    /** Closes the database (a restore replaces its file); closing twice does nothing. */
    void close();

    /** How this database is opened, to open a copy of it the same way (file key included). */
    DatabaseConfig config();
}
