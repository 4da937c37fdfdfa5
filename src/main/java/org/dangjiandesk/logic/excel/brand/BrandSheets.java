package org.dangjiandesk.logic.excel.brand;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.dangjiandesk.logic.Progress;
import org.dangjiandesk.logic.brand.BrandFilter;
import org.dangjiandesk.logic.brand.BrandOverview;
import org.dangjiandesk.logic.brand.BrandService;
import org.dangjiandesk.logic.brand.EvaluationService;
import org.dangjiandesk.logic.brand.ProjectResult;
import org.dangjiandesk.logic.brand.ProjectRow;
import org.dangjiandesk.logic.excel.roster.Excel;
import org.dangjiandesk.logic.excel.write.SheetWriter;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.model.BrandProject;
import org.dangjiandesk.model.EvaluationCriterion;
import org.dangjiandesk.model.EvaluationRound;
import org.dangjiandesk.model.Judge;
import org.dangjiandesk.model.OrgUnit;

/**
 * The brand-project workbooks, printed on A4 (fit to the page width, header rows repeated): the project summary
 * table (项目汇总表) with indicator totals per community, the judges' blank score sheet (one sheet per judge) and
 * the results table of an evaluation round.
 */
public final class BrandSheets {
    private final BrandService projects;
    private final EvaluationService evaluations;
    private final Messages messages;
    private final Clock clock;

    public BrandSheets(BrandService projects, EvaluationService evaluations, Messages messages, Clock clock) {
        this.projects = projects;
        this.evaluations = evaluations;
        this.messages = messages;
        this.clock = clock;
    }

    /** 项目汇总表 of a year (null: all years); returns the number of projects. */
    public int summary(Integer year, Path out, Progress progress) {
        BrandOverview o = projects.overview(new BrandFilter(year, null), messages.get("brand.outsideCommunities"));
        String unit = streetName(projects.orgTree(o.rows().stream().map(r -> r.project().orgId()).toList()));
        String yearText = year == null ? messages.get("brand.filter.allYears") : String.valueOf(year);
        return Excel.writeAtomically(out, wb -> {
            SheetWriter.Styles styles = new SheetWriter.Styles(wb);
            SheetWriter w = new SheetWriter(wb, styles, messages.get("brand.sheet.summary.name"),
                    messages.get("brand.sheet.summary.title", yearText), messages.get("export.unit", unit),
                    messages.get("export.asOf", LocalDate.now(clock)), headers("brand.sheet.summary.cols"));
            int n = 0;
            for (ProjectRow r : o.rows()) {
                progress.checkCancelled();
                BrandProject p = r.project();
                w.row(List.of(++n, p.name(), messages.label(p.category()), r.orgName(),
                        r.communityName() == null ? "" : r.communityName(), r.leaderName() == null ? "" : r.leaderName(),
                        p.year(), messages.label(p.status()), p.budget(),
                        p.planned().activities(), r.actual().activities(),
                        p.planned().peopleServed(), r.actual().peopleServed(),
                        p.planned().problemsSolved(), r.actual().problemsSolved(),
                        p.planned().fundsUsed(), r.actual().fundsUsed()));
            }
            w.finish();
            widen(w.sheet(), 15, 17, 13);
            SheetWriter c = new SheetWriter(wb, styles, messages.get("brand.sheet.communities.name"),
                    messages.get("brand.sheet.communities.title", yearText), messages.get("export.unit", unit),
                    messages.get("export.asOf", LocalDate.now(clock)), headers("brand.sheet.communities.cols"));
            o.communities().forEach((name, t) -> c.row(List.of(name, t.projects(),
                    t.planned().activities(), t.actual().activities(), t.planned().peopleServed(),
                    t.actual().peopleServed(), t.planned().problemsSolved(), t.actual().problemsSolved(),
                    t.planned().fundsUsed(), t.actual().fundsUsed())));
            c.finish();
            return n;
        });
    }

    /** The judges' blank score sheet: one sheet per judge, projects down, criteria (with weights) across. */
    public int scoreSheet(long roundId, Path out) {
        EvaluationRound round = evaluations.round(roundId);
        List<BrandProject> ps = round.projectIds().stream().map(projects::project).toList();
        OrgTree tree = projects.orgTree(ps.stream().map(BrandProject::orgId).toList());
        return Excel.writeAtomically(out, wb -> {
            SheetWriter.Styles styles = new SheetWriter.Styles(wb);
            List<String> headers = new ArrayList<>(List.of(messages.get("brand.sheet.col.serial"),
                    messages.get("brand.sheet.col.project"), messages.get("brand.sheet.col.org")));
            for (EvaluationCriterion c : round.criteria()) {
                headers.add(messages.get("brand.sheet.col.criterion", c.name(), weight(c.weight())));
            }
            headers.add(messages.get("brand.sheet.col.total"));
            headers.add(messages.get("brand.sheet.col.remark"));
            List<Judge> judges = round.judges();
            for (int j = 0; j < judges.size(); j++) {
                Judge judge = judges.get(j);
                SheetWriter w = new SheetWriter(wb, styles, sheetName(j + 1, judge.name()),
                        messages.get("brand.sheet.scores.title", round.name()),
                        messages.get("brand.sheet.scores.judge", judge.name()),
                        messages.get("brand.sheet.scores.date", round.heldOn() == null ? "" : round.heldOn()), headers);
                int n = 0;
                for (BrandProject p : ps) {
                    List<Object> row = new ArrayList<>(List.of(++n, p.name(), orgName(tree, p.orgId())));
                    while (row.size() < headers.size()) {
                        row.add(null);
                    }
                    w.row(row);
                }
                w.finish();
                tallRows(w.sheet(), n, 30);
                widen(w.sheet(), 3, headers.size() - 1, 12);
                footer(w.sheet(), n, headers.size(), messages.get("brand.sheet.scores.note"),
                        messages.get("brand.sheet.scores.signature"));
                w.sheet().getPrintSetup().setLandscape(round.criteria().size() > 4);
            }
            return judges.size();
        });
    }

    /** The results table of a round: rank (ties marked), each judge's total, the score and the award. */
    public int results(long roundId, Path out) {
        EvaluationRound round = evaluations.round(roundId);
        List<ProjectResult> results = evaluations.results(roundId);
        Map<Long, BrandProject> byId = new HashMap<>();
        for (long id : round.projectIds()) {
            byId.put(id, projects.project(id));
        }
        OrgTree tree = projects.orgTree(byId.values().stream().map(BrandProject::orgId).toList());
        return Excel.writeAtomically(out, wb -> {
            List<String> headers = new ArrayList<>(List.of(messages.get("brand.sheet.col.rank"),
                    messages.get("brand.sheet.col.project"), messages.get("brand.sheet.col.org"),
                    messages.get("brand.sheet.col.category")));
            for (Judge j : round.judges()) {
                headers.add(j.name());
            }
            headers.add(messages.get("brand.sheet.col.score"));
            headers.add(messages.get("brand.sheet.col.award"));
            SheetWriter w = new SheetWriter(wb, new SheetWriter.Styles(wb), messages.get("brand.sheet.results.name"),
                    messages.get("brand.sheet.results.title", round.name()), messages.get("export.unit", streetName(tree)),
                    messages.get("brand.sheet.scores.date", round.heldOn() == null ? "" : round.heldOn()), headers);
            for (ProjectResult r : results) {
                BrandProject p = byId.get(r.projectId());
                List<Object> row = new ArrayList<>();
                row.add(r.rank() == 0 ? "—" : r.tied() ? messages.get("brand.results.tiedRank", r.rank())
                        : String.valueOf(r.rank()));
                row.add(p.name());
                row.add(orgName(tree, p.orgId()));
                row.add(messages.label(p.category()));
                for (Judge j : round.judges()) {
                    Double t = r.judgeTotals().get(j.id());
                    row.add(t == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", t));
                }
                row.add(r.score() == null ? messages.get("brand.results.unscored")
                        : String.format(java.util.Locale.ROOT, "%.2f", r.score()));
                row.add(r.awarded() ? messages.get("brand.results.awarded") : "");
                w.row(row);
            }
            w.finish();
            widen(w.sheet(), 4, headers.size() - 2, 10);
            footer(w.sheet(), results.size(), headers.size(), rule(round),
                    messages.get("brand.sheet.results.signature"));
            return results.size();
        });
    }

    private String rule(EvaluationRound round) {
        String mean = messages.get(round.dropExtremes() ? "brand.results.rule.trimmed" : "brand.results.rule.mean");
        String award = switch (round.awardRule()) {
            case TOP_RANKS -> messages.get("brand.results.rule.top", round.awardCount());
            case THRESHOLD -> messages.get("brand.results.rule.threshold", weight(round.awardThreshold()));
        };
        StringBuilder weights = new StringBuilder();
        for (EvaluationCriterion c : round.criteria()) {
            if (weights.length() > 0) {
                weights.append(messages.get("brand.listSeparator"));
            }
            weights.append(c.name()).append(' ').append(weight(c.weight()));
        }
        return messages.get("brand.results.rule", weights, mean, award);
    }

    /** Rows tall enough to write a score in by hand. */
    private static void tallRows(SXSSFSheet sheet, int rows, float points) {
        for (int i = 0; i < rows; i++) {
            Row r = sheet.getRow(SheetWriter.HEADER_ROWS + i);
            if (r != null) {
                r.setHeightInPoints(points);
            }
        }
    }

    private static void widen(Sheet sheet, int from, int to, int chars) {
        for (int i = from; i < to; i++) {
            sheet.setColumnWidth(i, Math.max(sheet.getColumnWidth(i), chars * 256));
        }
    }

    /** A note and a signature line under the table, each across all columns, wrapped to the printed width. */
    private static void footer(SXSSFSheet sheet, int rows, int columns, String note, String signature) {
        org.apache.poi.ss.usermodel.CellStyle wrap = sheet.getWorkbook().createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        int widthChars = 0;
        for (int i = 0; i < columns; i++) {
            widthChars += sheet.getColumnWidth(i) / 256;
        }
        int at = SheetWriter.HEADER_ROWS + rows + 1;
        for (String text : List.of(note, signature)) {
            Row r = sheet.createRow(at);
            int lines = Math.max(1, (int) Math.ceil(SheetWriter.displayWidth(text) / (double) Math.max(1, widthChars - 2)));
            r.setHeightInPoints(lines * 15f + 6);
            org.apache.poi.ss.usermodel.Cell c = r.createCell(0);
            c.setCellValue(text);
            c.setCellStyle(wrap);
            if (columns > 1) {
                sheet.addMergedRegion(new CellRangeAddress(at, at, 0, columns - 1));
            }
            at += 2;
        }
    }

    private String sheetName(int n, String judge) {
        String s = n + " " + judge.replaceAll("[\\\\/?*\\[\\]:]", "");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

    private List<String> headers(String key) {
        return List.of(messages.get(key).split("\\|"));
    }

    private static String weight(double w) {
        return w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w);
    }

    private static String orgName(OrgTree tree, long id) {
        return tree.find(id).map(OrgUnit::displayName).orElse("");
    }

    /** The street's 党工委: the root every organisation's path starts from. */
    private static String streetName(OrgTree tree) {
        return tree.roots().stream().findFirst().map(OrgUnit::fullName).orElse("");
    }
}
