import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Removes what an earlier installer build left under target/installer (jlink and jpackage refuse to write into an
 * existing output), keeping the freshly copied input/ and fxmods/. Run with the source launcher:
 * {@code java installer/CleanInstallerOutput.java target/installer}.
 */
public class CleanInstallerOutput {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> children = Files.list(dir)) {
            for (Path child : children.toList()) {
                String name = child.getFileName().toString();
                if (!name.equals("input") && !name.equals("fxmods")) {
                    delete(child);
                }
            }
        }
    }

    private static void delete(Path p) throws IOException {
        try (Stream<Path> all = Files.walk(p)) {
            for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
