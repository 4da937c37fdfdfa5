package org.dangjiandesk.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dangjiandesk.app.AppServices;
import org.dangjiandesk.logic.ServicesSession;
import org.dangjiandesk.logic.excel.RosterSheets;
import org.dangjiandesk.logic.excel.Workbooks;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.testutil.TestStreet;

/** Data folders and files the fault tests start from, and the figures they record. */
final class Lab {
    /** Members of {@link TestStreet}. */
    static final int STREET_MEMBERS = 3;

    private Lab() {
    }

    /** A data folder holding the test street (3 members), cleanly closed. */
    static Path street(Path dir) {
        try (ServicesSession s = org.dangjiandesk.testutil.TestAccounts.open(dir)) {
            TestStreet.create(s.services());
        }
        return dir;
    }

    /** A copy of a closed data folder. */
    static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** A CSV roster of {@code n} new members of the test street's first branch (one header row). */
    static Path rosterCsv(Path file, int n) throws IOException {
        List<List<Object>> rows = new ArrayList<>(n + 1);
        List<Object> header = new ArrayList<>(RosterSheets.HEADER);
        header.set(11, "手机号码");
        rows.add(header);
        for (int i = 1; i <= n; i++) {
            rows.add(RosterSheets.row(i, Names.name(i), Names.id(i)));
        }
        return Workbooks.csv(file, rows, StandardCharsets.UTF_8, true);
    }

    /** Opens the data folder as the app does at start (so it must open cleanly) and reads the roster. */
    static List<RosterEntry> reopen(Path dir) {
        try (ServicesSession s = org.dangjiandesk.testutil.TestAccounts.open(dir)) {
            return s.services().roster().loadRoster();
        }
    }

    static Set<String> idNumbers(List<RosterEntry> roster) {
        Set<String> ids = new HashSet<>();
        for (RosterEntry e : roster) {
            ids.add(e.idNumber());
        }
        return ids;
    }

    /** Appends a line of figures to {@code target/faults-report.txt} and prints it. */
    static void record(String line) {
        System.out.println("FAULTS " + line);
        try {
            Path report = Path.of("target", "faults-report.txt");
            Files.createDirectories(report.getParent());
            Files.writeString(report, java.time.LocalDateTime.now().withNano(0) + " " + line + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int trials(String property, int byDefault) {
        return Integer.getInteger(property, byDefault);
    }
}
