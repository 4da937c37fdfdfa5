package org.dangjiandesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @Test
    void schemaVersion_isTheNewestBundledMigration() throws Exception {
        Pattern p = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest = 0;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = p.matcher(f.getFileName().toString());
                if (m.matches()) {
                    newest = Math.max(newest, Integer.parseInt(m.group(1)));
                }
            }
        }
        assertThat(Database.SCHEMA_VERSION).as("raise Database.SCHEMA_VERSION with each new migration")
                .isEqualTo(newest);
    }

    @Test
    void reopeningACurrentDatabase_keepsItsData(@TempDir Path dir) {
        DatabaseConfig config = DatabaseConfig.embedded(dir);
        try (Database db = Database.open(config)) {
            db.writeVoid(r -> r.settings().put("k", "v"));
        }
        try (Database db = Database.open(config)) {
            java.util.Optional<String> value = db.read(r -> r.settings().get("k"));
            java.util.List<org.dangjiandesk.model.CodeItem> codes = db.read(r -> r.codes().findAll());
            assertThat(value).contains("v");
            assertThat(codes).isNotEmpty();
        }
    }

    @Test
    void closing_compactsTheEncryptedFile_onlyOnceItIsMostlyGarbage(@TempDir Path dir) throws Exception {
        byte[] key = new byte[32];
        new java.util.Random(7).nextBytes(key);
        DatabaseConfig config = DatabaseConfig.embeddedEncrypted(dir, key);
        Path file = config.databaseFile().orElseThrow();
        String big = "x".repeat(3_900);
        long beforeClose;
        try (Database db = Database.open(config)) {
            for (int i = 0; i < 300; i++) {
                String value = big + i;
                db.writeVoid(r -> r.settings().put("k", value)); // every commit appends a chunk, the old one is garbage
            }
            beforeClose = Files.size(file);
        }
        assertThat(Files.size(file)).as("compacted on close").isLessThan(beforeClose / 4);

        // a session without much garbage: closing appends, the chunks already in the file stay as they are
        byte[] written = Files.readAllBytes(file);
        try (Database db = Database.open(config)) {
            assertThat(db.<java.util.Optional<String>>read(r -> r.settings().get("k"))).contains(big + 299);
        }
        byte[] after = Files.readAllBytes(file);
        assertThat(unchangedBlocksPercent(written, after)).as("the file was not rewritten").isGreaterThan(90);
    }

    /** How many of the 16-byte cipher blocks of {@code before} are still the same in {@code after}, in percent. */
    private static int unchangedBlocksPercent(byte[] before, byte[] after) {
        int blocks = before.length / 16;
        int same = 0;
        for (int b = 0; b < blocks; b++) {
            int from = b * 16;
            if (from + 16 <= after.length && java.util.Arrays.equals(before, from, from + 16, after, from, from + 16)) {
                same++;
            }
        }
        return same * 100 / blocks;
    }

    @Test
    void aFailedStatement_leavesNoTraceOfItsValuesBesideTheEncryptedFile(@TempDir Path dir) throws Exception {
        byte[] key = new byte[32];
        new java.util.Random(8).nextBytes(key);
        String marker = "MARKER-11010519491231002X-";
        try (Database db = Database.open(DatabaseConfig.embeddedEncrypted(dir, key))) {
            String tooLong = marker.repeat(4_000 / marker.length() + 1);
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> db.writeVoid(r -> r.settings().put("k", tooLong))).hasMessageContaining("too long");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                assertThat(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(f.getFileName().toString()).doesNotContain(marker);
            }
        }
    }

    @Test
    void aPageFoundDamagedWhileRunning_isReportedAsADamagedFile(@TempDir Path dir) {
        // what H2's storage engine throws on a page whose check value does not match (after a crash there is no
        // clean-close mark, so such damage is only found when the page is read)
        RuntimeException pageDamaged = org.h2.mvstore.DataUtils.newMVStoreException(
                org.h2.mvstore.DataUtils.ERROR_FILE_CORRUPT, "File corrupted in chunk {0}", 7);
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            for (Runnable work : java.util.List.<Runnable>of(
                    () -> db.read(r -> { throw pageDamaged; }),
                    () -> db.writeVoid(r -> {
                        throw new org.jooq.exception.DataAccessException("read failed", pageDamaged);
                    }))) {
                assertThat(org.assertj.core.api.Assertions.catchThrowable(work::run))
                        .isInstanceOf(StoreException.class)
                        .extracting(e -> ((StoreException) e).reason()).isEqualTo(StoreException.Reason.CORRUPT);
            }
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> db.read(r -> {
                throw new IllegalStateException("a bug");
            }))).as("other failures pass through").isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aFileDamagedWhileClosed_isRefusedAsCorrupt_andLeftAsItIs(@TempDir Path dir) throws Exception {
        DatabaseConfig config = DatabaseConfig.embedded(dir);
        try (Database db = Database.open(config)) {
            db.writeVoid(r -> r.settings().put("k", "v"));
        }
        Path file = config.databaseFile().orElseThrow();
        byte[] bytes = Files.readAllBytes(file);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 16; i++) {
            bytes[i] ^= (byte) 0x5A;
        }
        Files.write(file, bytes);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Database.open(config))
                .isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).reason()).isEqualTo(StoreException.Reason.CORRUPT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DatabaseCheck.check(config))
                .isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).reason()).isEqualTo(StoreException.Reason.CORRUPT);
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void check_readsEveryTable_ofACleanlyClosedDatabase(@TempDir Path dir) {
        DatabaseConfig config = DatabaseConfig.embedded(dir);
        try (Database db = Database.open(config)) {
            db.writeVoid(r -> r.settings().put("k", "v"));
        }
        java.util.Map<String, Long> counts = DatabaseCheck.check(config);
        assertThat(counts).containsEntry("APP_SETTING", 1L).containsKey("flyway_schema_history");
        try (Database db = Database.open(config)) {
            assertThat(db.rowCounts()).isEqualTo(counts); // the check changed nothing
        }
    }
}
