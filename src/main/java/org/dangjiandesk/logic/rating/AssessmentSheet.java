package org.dangjiandesk.logic.rating;

import java.util.ArrayList;
import java.util.List;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.Quarter;
import org.dangjiandesk.model.RatingDimension;

/**
 * The printed 季度考评表 of a branch, as text: title, branch and quarter, one row per member with the dimension
 * scores, total and star (empty cells on the blank variant), and the signature lines. The printed preview and
 * the .xlsx are both drawn from this.
 */
public record AssessmentSheet(String title, String orgLine, String quarterLine, List<String> headers,
                              List<List<String>> rows, List<String> signatures, boolean blank) {

    /** Builds the sheet from an opened assessment; exempt members show 免评 instead of scores. */
    public static AssessmentSheet of(Assessment a, boolean blank, Messages m) {
        Quarter q = a.sheet().quarter();
        List<String> headers = new ArrayList<>();
        headers.add(m.get("rating.sheet.col.serial"));
        headers.add(m.get("rating.sheet.col.name"));
        for (RatingDimension d : a.scheme().dimensions()) {
            headers.add(m.get("rating.sheet.col.dimension", d.name(), d.maxPoints()));
        }
        headers.add(m.get("rating.sheet.col.ledger"));
        headers.add(m.get("rating.sheet.col.total"));
        headers.add(m.get("rating.sheet.col.star"));
        headers.add(m.get("rating.sheet.col.note"));
        SchemeRules rules = new SchemeRules(a.scheme());
        List<List<String>> rows = new ArrayList<>();
        int serial = 1;
        for (AssessmentRow r : a.rows()) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(serial++));
            row.add(r.member().name());
            QuarterScore s = rules.score(r.points(), r.ledger(), r.exempt());
            for (RatingDimension d : a.scheme().dimensions()) {
                var p = r.points().get(d.code());
                row.add(blank || p == null || r.exempt() ? "" : Scores.format(p));
            }
            boolean showTotals = !blank && !r.exempt() && s.complete();
            row.add(showTotals ? Scores.format(s.bonus().subtract(s.deduction())) : "");
            row.add(showTotals ? Scores.format(s.total()) : "");
            row.add(showTotals && s.star() != null ? s.star().symbols() : "");
            row.add(r.exempt() ? m.get("rating.sheet.exempt") : "");
            rows.add(row);
        }
        return new AssessmentSheet(m.get("rating.sheet.title", q.year(), q.quarter()),
                m.get("rating.sheet.org", a.org().fullName()),
                m.get("rating.sheet.quarter", q.year(), q.quarter()),
                headers, rows,
                List.of(m.get("rating.sheet.sign.secretary"), m.get("rating.sheet.sign.reviewer"),
                        m.get("rating.sheet.sign.date")),
                blank);
    }
}
