package org.dangjiandesk.faults;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dangjiandesk.app.AppServices;
import org.dangjiandesk.logic.Progress;
import org.dangjiandesk.logic.ServicesSession;
import org.dangjiandesk.logic.excel.read.TableReadException;
import org.dangjiandesk.logic.excel.roster.ImportPreview;
import org.dangjiandesk.logic.excel.roster.ImportOptions;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.testutil.TestStreet;

/**
 * The app's work in a child JVM that the fault tests kill, or starve of memory. Reports on stdout with lines
 * starting {@value #MARK}; everything else (logging) is ignored by the parent.
 *
 * <ul>
 *   <li>{@code hold DIR}: opens the data folder and keeps it open.</li>
 *   <li>{@code import DIR FILE}: previews and applies a roster import.</li>
 *   <li>{@code saves DIR}: saves members one by one, reporting each confirmed save.</li>
 *   <li>{@code hostile DIR FILE…}: previews each file and reports how it was refused and how long it took.</li>
 * </ul>
 */
public final class FaultChild {
    static final String MARK = "@@ ";

    private FaultChild() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Path dir = Path.of(args[1]);
        try (ServicesSession s = org.dangjiandesk.testutil.TestAccounts.open(dir)) {
            switch (args[0]) {
                case "hold" -> {
                    say("OPEN");
                    Thread.sleep(Long.MAX_VALUE);
                }
                case "import" -> importFile(s, Path.of(args[2]));
                case "saves" -> saves(s);
                case "hostile" -> hostile(s, List.of(args).subList(2, args.length));
                default -> throw new IllegalArgumentException(args[0]);
            }
        }
        say("CLOSED");
    }

    static void say(String line) {
        System.out.println(MARK + line);
        System.out.flush();
    }

    private static void importFile(ServicesSession s, Path file) {
        var importer = s.services().excel().rosterImport();
        ImportPreview p = importer.preview(file, ImportOptions.DEFAULT, Progress.NONE);
        say("PREVIEWED " + p.newMembers().size() + " problems " + p.problems().size());
        say("APPLYING");
        var result = importer.apply(p, true, false, null, Progress.NONE);
        say("DONE " + result.inserted());
    }

    private static void saves(ServicesSession s) {
        long branch = s.services().orgs().loadTree().all().stream().filter(o -> o.type() == OrgType.BRANCH)
                .findFirst().orElseThrow().id();
        for (int i = 1; ; i++) {
            s.services().roster().create(TestStreet.member(Names.name(i), Names.id(i), branch, MemberCategory.FULL,
                    LocalDate.of(2000, 7, 1)), EventType.REGISTERED, null);
            say("SAVED " + i); // the save returned: the app would now tell the clerk it is saved
        }
    }

    private static void hostile(ServicesSession s, List<String> files) {
        var importer = s.services().excel().rosterImport();
        say("MEMBERS " + s.services().roster().loadRoster().size());
        for (String f : files) {
            long t0 = System.nanoTime();
            String outcome;
            try {
                ImportPreview p = importer.preview(Path.of(f), ImportOptions.DEFAULT, Progress.NONE);
                outcome = "PREVIEW new=" + p.newMembers().size() + " problems=" + p.problems().size();
                if (!p.problems().isEmpty()) {
                    outcome += " first=" + p.problems().get(0).message().replace('\n', ' ');
                }
            } catch (TableReadException e) {
                outcome = "REFUSED " + e.reason();
            } catch (RuntimeException e) {
                outcome = "FAILED " + e;
            }
            say("RESULT " + Path.of(f).getFileName() + " " + (System.nanoTime() - t0) / 1_000_000 + " " + outcome);
        }
        say("MEMBERS " + s.services().roster().loadRoster().size());
    }
}
