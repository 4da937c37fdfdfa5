package org.dangjiandesk.logic.excel.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjiandesk.logic.excel.read.CellValue;
import org.dangjiandesk.logic.excel.read.TableReaders;
import org.dangjiandesk.model.IdNumber;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.store.DataStore;

/**
 * Reads a sign-in sheet (签到表, .xlsx/.xls/.csv, streamed) and matches its lines to current members: by ID number
 * when the line has a valid one, otherwise by name, preferring members of the session's audience. Lines whose name
 * nobody has, or several members share, are reported for the clerk to resolve; nothing is guessed.
 *
 * <p>The name and ID columns are found by their headers (姓名, 身份证号/公民身份号码); a sheet without headers is
 * read cell by cell (an 18- or 15-character ID number, a name of 2–6 Chinese characters).
 */
public final class SignInImportService {
    private static final int HEADER_SEARCH_ROWS = 10;

    private final DataStore store;

    public SignInImportService(DataStore store) {
        this.store = store;
    }

    /**
     * @param audience the organisations whose members are preferred for a name shared across the street; null
     *                 for none
     */
    public SignInMatch match(Path file, Set<Long> audience) {
        List<Line> lines = read(file);
        List<RosterEntry> current = store.read(r -> r.members().rosterEntries()).stream()
                .filter(RosterEntry::isCurrent).toList();
        Map<String, RosterEntry> byId = new HashMap<>();
        Map<String, List<RosterEntry>> byName = new HashMap<>();
        for (RosterEntry e : current) {
            byId.put(e.idNumber(), e);
            byName.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(e);
        }
        Map<Long, RosterEntry> matched = new LinkedHashMap<>();
        List<SignInProblem> problems = new ArrayList<>();
        for (Line line : lines) {
            if (!line.id().isEmpty()) {
                RosterEntry e = byId.get(IdNumber.normalize(line.id()));
                if (e != null) {
                    matched.putIfAbsent(e.id(), e);
                    continue;
                }
            }
            List<RosterEntry> candidates = line.name().isEmpty() ? List.of() : byName.getOrDefault(line.name(), List.of());
            if (audience != null && candidates.size() > 1) {
                List<RosterEntry> inAudience = candidates.stream().filter(e -> audience.contains(e.orgId())).toList();
                if (!inAudience.isEmpty()) {
                    candidates = inAudience;
                }
            }
            if (candidates.size() == 1) {
                matched.putIfAbsent(candidates.get(0).id(), candidates.get(0));
            } else {
                problems.add(new SignInProblem(line.row(), line.name(), line.id(),
                        candidates.isEmpty() ? SignInProblem.Kind.UNMATCHED : SignInProblem.Kind.AMBIGUOUS,
                        List.copyOf(candidates)));
            }
        }
        return new SignInMatch(List.copyOf(matched.values()), problems, lines.size());
    }

    /** One signed line: the name and ID number as written ("" when absent). */
    record Line(int row, String name, String id) {
    }

    static List<Line> read(Path file) {
        List<Line> lines = new ArrayList<>();
        int[] columns = {-1, -1}; // name, id
        boolean[] headerFound = {false};
        TableReaders.forFile(file).read(file, (rowNumber, cells) -> {
            if (!headerFound[0] && rowNumber <= HEADER_SEARCH_ROWS && findHeader(cells, columns)) {
                headerFound[0] = true;
                lines.clear(); // anything above the header was a title
                return true;
            }
            Line line = headerFound[0] ? byColumns(rowNumber, cells, columns) : byShape(rowNumber, cells);
            if (line != null) {
                lines.add(line);
            }
            return true;
        });
        return lines;
    }

    private static boolean findHeader(List<CellValue> cells, int[] columns) {
        int name = -1;
        int id = -1;
        for (int i = 0; i < cells.size(); i++) {
            String t = compact(cells.get(i).text());
            if (name < 0 && (t.equals("姓名") || t.equals("名字"))) {
                name = i;
            } else if (id < 0 && (t.contains("身份证") || t.contains("公民身份号码") || t.contains("证件号"))) {
                id = i;
            }
        }
        if (name < 0 && id < 0) {
            return false;
        }
        columns[0] = name;
        columns[1] = id;
        return true;
    }

    private static Line byColumns(int row, List<CellValue> cells, int[] columns) {
        String name = columns[0] >= 0 && columns[0] < cells.size() ? compact(cells.get(columns[0]).text()) : "";
        String id = columns[1] >= 0 && columns[1] < cells.size() ? compact(cells.get(columns[1]).text()) : "";
        return name.isEmpty() && id.isEmpty() ? null : new Line(row, name, id);
    }

    private static Line byShape(int row, List<CellValue> cells) {
        String name = "";
        String id = "";
        for (CellValue c : cells) {
            String t = compact(c.text());
            if (id.isEmpty() && looksLikeId(t)) {
                id = t;
            } else if (name.isEmpty() && looksLikeName(t)) {
                name = t;
            }
        }
        return name.isEmpty() && id.isEmpty() ? null : new Line(row, name, id);
    }

    static boolean looksLikeId(String t) {
        return (t.length() == 18 || t.length() == 15) && t.chars().limit(t.length() - 1).allMatch(Character::isDigit);
    }

    static boolean looksLikeName(String t) {
        if (t.length() < 2 || t.length() > 6) {
            return false;
        }
        return t.chars().allMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN || ch == '·');
    }

    /** Without spaces of any width (names are often padded: 王　芳). */
    static String compact(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!Character.isWhitespace(ch) && !Character.isSpaceChar(ch)) {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
