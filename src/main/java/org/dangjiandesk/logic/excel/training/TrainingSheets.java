package org.dangjiandesk.logic.excel.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.dangjiandesk.logic.excel.roster.Excel;
import org.dangjiandesk.logic.excel.write.SheetWriter;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.logic.training.MemberStanding;
import org.dangjiandesk.logic.training.OrgTrainingStats;
import org.dangjiandesk.logic.training.TrainingService;
import org.dangjiandesk.model.MemberHours;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.TrainingSession;

/**
 * The training workbooks: a session's sign-in sheet (签到表, A4 portrait, a tall row per expected attendee with a
 * signature column) with its seating list (座次表), and the yearly report (members below the norm, and per
 * organisation sessions, attendance and the share meeting the norm). No ID numbers are printed.
 */
public final class TrainingSheets {
    /** Seats per row of the seating list. */
    public static final int SEATS_PER_ROW = 8;
    private static final float SIGN_ROW_POINTS = 27;

    private final TrainingService training;
    private final Messages messages;

    public TrainingSheets(TrainingService training, Messages messages) {
        this.training = training;
        this.messages = messages;
    }

    /** Writes the sign-in sheet and seating list of a session; returns the number of people on it. */
    public int signInSheet(TrainingSession s, Path out) {
        List<MemberHours> people = training.expectedAttendees(s);
        OrgTree tree = training.tree();
        String organiser = tree.find(s.orgId()).map(OrgUnit::fullName).orElse("");
        String dates = dates(s);
        String footer = messages.get("training.sheet.organiser", organiser, text(s.lecturer()), people.size());
        return Excel.writeAtomically(out, wb -> {
            SheetWriter.Styles styles = new SheetWriter.Styles(wb);
            SheetWriter w = new SheetWriter(wb, styles, messages.get("training.sheet.signIn"),
                    messages.get("training.sheet.signInTitle", s.title()),
                    messages.get("training.sheet.when", dates), messages.get("training.sheet.where", text(s.place())),
                    headers("serial,name,org,signature,note"));
            SXSSFSheet sheet = w.sheet();
            int serial = 0;
            for (MemberHours m : people) {
                w.row(List.of(++serial, m.name(), orgName(tree, m.orgId()), "", ""));
                Row r = sheet.getRow(SheetWriter.HEADER_ROWS + serial - 1);
                r.setHeightInPoints(SIGN_ROW_POINTS);
            }
            w.finish();
            lineBelow(sheet, SheetWriter.HEADER_ROWS + serial, 5, footer);
            sheet.setColumnWidth(0, 6 * 256);
            sheet.setColumnWidth(1, 18 * 256);
            sheet.setColumnWidth(2, 30 * 256);
            sheet.setColumnWidth(3, 22 * 256);
            sheet.setColumnWidth(4, 12 * 256);
            portrait(sheet);

            seating(wb, styles, s, people, dates);
            return people.size();
        });
    }

    private void seating(org.apache.poi.xssf.streaming.SXSSFWorkbook wb, SheetWriter.Styles styles,
                         TrainingSession s, List<MemberHours> people, String dates) {
        List<String> headers = new ArrayList<>();
        headers.add(messages.get("training.sheet.col.seatRow"));
        for (int i = 1; i <= SEATS_PER_ROW; i++) {
            headers.add(messages.get("training.sheet.col.seat", i));
        }
        SheetWriter w = new SheetWriter(wb, styles, messages.get("training.sheet.seating"),
                messages.get("training.sheet.seatingTitle", s.title()),
                messages.get("training.sheet.when", dates), messages.get("training.sheet.where", text(s.place())),
                headers);
        int rows = 0;
        for (int from = 0, row = 1; from < people.size(); from += SEATS_PER_ROW, row++) {
            rows = row;
            List<Object> cells = new ArrayList<>();
            cells.add(messages.get("training.sheet.seatRowLabel", row));
            for (MemberHours m : people.subList(from, Math.min(people.size(), from + SEATS_PER_ROW))) {
                cells.add(m.name());
            }
            w.row(cells);
            w.sheet().getRow(SheetWriter.HEADER_ROWS + row - 1).setHeightInPoints(SIGN_ROW_POINTS);
        }
        w.finish();
        lineBelow(w.sheet(), SheetWriter.HEADER_ROWS + rows, SEATS_PER_ROW + 1,
                messages.get("training.sheet.seatingNote", SEATS_PER_ROW));
        w.sheet().setColumnWidth(0, 8 * 256);
        for (int i = 1; i <= SEATS_PER_ROW; i++) {
            w.sheet().setColumnWidth(i, 10 * 256);
        }
        portrait(w.sheet());
    }

    /**
     * Writes the yearly report: members below the norm (within the organisation's subtree, or all) and the
     * statistics per organisation. Returns the number of members below the norm.
     */
    public int report(int year, Long orgId, Path out) {
        OrgTree tree = training.tree();
        Set<Long> orgIds = orgId == null ? null : tree.subtreeIds(orgId);
        List<org.dangjiandesk.model.RosterEntry> roster = training.loadRoster();
        List<MemberStanding> below = training.belowNorm(year, orgIds, roster);
        List<OrgTrainingStats> stats = training.orgStats(year, orgId, roster);
        long weeks = training.weeksLeft(year);
        String unit = orgId == null ? tree.roots().stream().findFirst().map(OrgUnit::fullName).orElse("")
                : tree.find(orgId).map(OrgUnit::fullName).orElse("");
        LocalDate asOf = LocalDate.of(year, 12, 31).isBefore(today()) ? LocalDate.of(year, 12, 31) : today();
        return Excel.writeAtomically(out, wb -> {
            SheetWriter.Styles styles = new SheetWriter.Styles(wb);
            SheetWriter w = new SheetWriter(wb, styles, messages.get("training.report.belowSheet"),
                    messages.get("training.report.belowTitle", String.valueOf(year), weeks),
                    messages.get("export.unit", unit), messages.get("export.asOf", asOf),
                    headers("serial,name,org,post,normKind,norm,hours,gap,perWeek"));
            int serial = 0;
            for (MemberStanding m : below) {
                w.row(List.of(++serial, m.name(), orgName(tree, m.orgId()), text(m.partyPost()),
                        messages.label(m.kind()), m.norm(), m.hours(), m.gap(), perWeek(m.gap(), weeks)));
            }
            w.finish();
            SheetWriter o = new SheetWriter(wb, styles, messages.get("training.report.orgSheet"),
                    messages.get("training.report.orgTitle", String.valueOf(year)),
                    messages.get("export.unit", unit), messages.get("export.asOf", asOf),
                    headers("orgName,sessions,expected,present,attendanceRate,members,meeting,normRate"));
            for (OrgTrainingStats st : stats) {
                o.row(List.of("\u3000".repeat(st.depth()) + st.name(), st.sessions(), st.expected(), st.present(),
                        percent(st.attendanceRate()), st.members(), st.meetingNorm(), percent(st.normRate())));
            }
            o.finish();
            return below.size();
        });
    }

    /** Hours a week still needed to close the gap by the end of the year. */
    public static BigDecimal perWeek(BigDecimal gap, long weeksLeft) {
        if (weeksLeft <= 0) {
            return gap;
        }
        return gap.divide(BigDecimal.valueOf(weeksLeft), 1, RoundingMode.UP);
    }

    private LocalDate today() {
        return training.today();
    }

    private static String percent(double rate) {
        return BigDecimal.valueOf(rate * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** "2026-11-24" or "2026-11-24～11-25" (the year of the last day too when it differs). */
    static String dates(TrainingSession s) {
        LocalDate a = s.firstDay();
        LocalDate b = s.lastDay();
        if (a.equals(b)) {
            return a.toString();
        }
        return a + "～" + (a.getYear() == b.getYear() ? b.format(java.time.format.DateTimeFormatter.ofPattern("MM-dd"))
                : b.toString());
    }

    /** A line of text under the table, across its width (who organised it, how seats are counted). */
    private static void lineBelow(SXSSFSheet sheet, int rowIndex, int columns, String text) {
        Row r = sheet.createRow(rowIndex);
        r.setHeightInPoints(24);
        r.createCell(0).setCellValue(text);
        if (columns > 1) {
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(rowIndex, rowIndex, 0, columns - 1));
        }
    }

    private static void portrait(SXSSFSheet sheet) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(false);
    }

    private List<String> headers(String keys) {
        List<String> h = new ArrayList<>();
        for (String k : keys.split(",")) {
            h.add(messages.get("training.sheet.col." + k));
        }
        return h;
    }

    private static String orgName(OrgTree tree, long orgId) {
        return tree.branchOf(orgId).or(() -> tree.find(orgId)).map(OrgUnit::displayName).orElse("");
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
