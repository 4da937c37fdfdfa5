package org.dangjiandesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit the encrypted database confirmed survives the process being killed, also right after a large
 * transaction (H2 2.5 with {@code CIPHER=AES} lost such commits while it reused file space; see
 * {@link DatabaseConfig#embeddedEncrypted}). The writer runs in a child JVM that halts itself after confirming.
 */
class EncryptedDurabilityTest {
    private static final byte[] KEY = new byte[32];
    private static final int TRIALS = 4;

    @TempDir
    Path dir;

    @Test
    void confirmedCommit_afterALargeTransaction_survivesAKill() throws Exception {
        try (Database db = Database.open(DatabaseConfig.embeddedEncrypted(dir, KEY))) {
            db.writeVoid(r -> r.settings().put("small", "start"));
        }
        for (int trial = 1; trial <= TRIALS; trial++) {
            String value = "confirmed-" + trial;
            assertThat(child("write", value)).as("writer output").contains("confirmed");
            // read by another killed child, not by a clean close (which would compact the file and hide the fault)
            assertThat(child("read", "")).as("trial " + trial).contains("small=" + value + ";");
        }
    }

    private String child(String mode, String value) throws Exception {
        Process p = new ProcessBuilder(childCommand(mode, value)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private List<String> childCommand(String mode, String value) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Writer.class.getName());
        cmd.add(mode);
        cmd.add(dir.toString());
        cmd.add(value);
        return cmd;
    }

    /**
     * The child: "write" runs a large transaction, then a small one, reports the confirmation and dies without
     * closing; "read" prints the small value and dies the same way.
     */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            Database db = Database.open(DatabaseConfig.embeddedEncrypted(Path.of(args[1]), KEY));
            if (args[0].equals("read")) {
                System.out.println("small=" + db.read(r -> r.settings().get("small")).orElse("-") + ";");
                System.out.flush();
                Runtime.getRuntime().halt(9);
            }
            db.writeVoid(r -> {
                for (int i = 0; i < 60_000; i++) {
                    r.settings().put("bulk." + i, "x".repeat(200) + i);
                }
            });
            db.writeVoid(r -> r.settings().put("small", args[2]));
            System.out.println("confirmed");
            System.out.flush();
            Thread.sleep(500);
            Runtime.getRuntime().halt(9);
        }
    }
}
