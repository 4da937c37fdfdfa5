package org.dangjiandesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32C;

/**
 * The size and CRC-32C of the database file as the app left it at a clean close, kept next to it
 * ({@code dangjiandesk.mv.db.closed}). H2 does not checksum data pages, so bytes damaged on disk while the app was
 * closed can go unnoticed until a page is read; comparing the file with this mark at the next start finds them at
 * once. Opening removes the mark (the file changes from then on); after a crash there is no mark and H2's own
 * checks are all there is.
 */
final class CleanCloseMark {
    static final String SUFFIX = ".closed";

    private CleanCloseMark() {
    }

    static Path markOf(Path databaseFile) {
        return databaseFile.resolveSibling(databaseFile.getFileName() + SUFFIX);
    }

    /** Writes the mark of a closed database file. */
    static void write(Path databaseFile) throws IOException {
        Path mark = markOf(databaseFile);
        Path tmp = mark.resolveSibling(mark.getFileName() + ".tmp");
        Files.writeString(tmp, fingerprint(databaseFile), StandardCharsets.US_ASCII);
        Files.move(tmp, mark, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** False when a mark exists and the file no longer matches it. */
    static boolean matches(Path databaseFile) throws IOException {
        Path mark = markOf(databaseFile);
        if (!Files.exists(mark) || !Files.exists(databaseFile)) {
            return true;
        }
        return Files.readString(mark, StandardCharsets.US_ASCII).trim().equals(fingerprint(databaseFile));
    }

    static void remove(Path databaseFile) throws IOException {
        Files.deleteIfExists(markOf(databaseFile));
    }

    private static String fingerprint(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[1 << 16];
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
                size += n;
            }
        }
        return size + " " + Long.toHexString(crc.getValue());
    }
}
