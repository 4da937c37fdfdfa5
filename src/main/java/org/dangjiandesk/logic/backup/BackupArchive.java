package org.dangjiandesk.logic.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.dangjiandesk.store.DatabaseConfig;

/**
 * The {@code .djbak} file: a zip as H2's {@code BACKUP TO} writes it (the database file), plus
 * {@code manifest.properties} with when and why it was made and the rows per table it was verified to hold.
 */
final class BackupArchive {
    static final String EXTENSION = ".djbak";
    static final String MANIFEST = "manifest.properties";
    private static final String TABLE_PREFIX = "rows.";

    private BackupArchive() {
    }

    /** Adds the manifest of a verified backup to the zip. */
    static void writeManifest(Path zip, LocalDateTime created, BackupKind kind, Map<String, Long> rowCounts) {
        Properties p = new Properties();
        p.setProperty("format", "1");
        p.setProperty("created", created.toString());
        p.setProperty("kind", kind.token());
        p.setProperty("verified", "true");
        rowCounts.forEach((table, n) -> p.setProperty(TABLE_PREFIX + table, Long.toString(n)));
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of())) {
            StringWriter text = new StringWriter();
            p.store(text, "Dangjian Desk backup");
            Files.writeString(fs.getPath(MANIFEST), text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup manifest", e);
        }
    }

    /** What a backup file says about itself; a file without a readable manifest counts as not verified. */
    static BackupInfo read(Path file) {
        long size = sizeOf(file);
        LocalDateTime modified = modifiedOf(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(MANIFEST);
            if (entry == null || databaseEntry(zip).isEmpty()) {
                return new BackupInfo(file, modified, kindFromName(file), size, false, Map.of());
            }
            Properties p = new Properties();
            try (Reader r = new java.io.InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Map<String, Long> counts = new TreeMap<>();
            for (String name : p.stringPropertyNames()) {
                if (name.startsWith(TABLE_PREFIX)) {
                    counts.put(name.substring(TABLE_PREFIX.length()), Long.parseLong(p.getProperty(name)));
                }
            }
            LocalDateTime created = LocalDateTime.parse(p.getProperty("created", modified.toString()));
            return new BackupInfo(file, created, BackupKind.fromToken(p.getProperty("kind", "")), size,
                    Boolean.parseBoolean(p.getProperty("verified")) && !counts.isEmpty(), counts);
        } catch (IOException | RuntimeException e) {
            return new BackupInfo(file, modified, kindFromName(file), size, false, Map.of());
        }
    }

    /** Unpacks the database file into a folder, named as {@code config.inFolder(folder)} expects it. */
    static void extractDatabase(Path zipFile, Path folder, DatabaseConfig config) {
        Path target = config.inFolder(folder).databaseFile().orElseThrow();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            ZipEntry entry = databaseEntry(zip)
                    .orElseThrow(() -> new BackupException(BackupException.Reason.NOT_A_BACKUP, zipFile.getFileName()));
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (ZipException e) {
            throw new BackupException(BackupException.Reason.NOT_A_BACKUP, zipFile.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + zipFile, e);
        }
    }

    private static Optional<ZipEntry> databaseEntry(ZipFile zip) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (!e.isDirectory() && e.getName().endsWith(DatabaseConfig.DATABASE_FILE_SUFFIX)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** {@code dangjiandesk-2026-11-22-100000-daily.djbak} → DAILY. */
    private static BackupKind kindFromName(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(EXTENSION)) {
            return BackupKind.MANUAL;
        }
        String stem = name.substring(0, name.length() - EXTENSION.length());
        for (BackupKind k : BackupKind.values()) {
            if (stem.endsWith("-" + k.token())) {
                return k;
            }
        }
        return BackupKind.MANUAL;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static LocalDateTime modifiedOf(Path file) {
        try {
            return LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
        } catch (IOException e) {
            return LocalDateTime.MIN;
        }
    }
}
