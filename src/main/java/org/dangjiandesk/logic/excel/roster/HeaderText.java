package org.dangjiandesk.logic.excel.roster;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.dangjiandesk.logic.excel.Normalizer;

/** Recognises header cells: folds full-width characters, drops spaces, line breaks and notes in brackets. */
final class HeaderText {
    private static final Map<String, RosterColumn> BY_HEADER = new HashMap<>();
    /** Group headers above two-row headers (联系电话 over 手机号码 / 固定电话). */
    private static final java.util.Set<String> GROUPS = java.util.Set.of("联系电话", "联系方式", "是否失联党员",
            "是否流动党员", "党籍情况", "基本情况", "入党情况");
    /** Columns clerks add that are known to be irrelevant (not reported as unknown). */
    private static final java.util.Set<String> IGNORED = java.util.Set.of("序号", "编号", "备注", "说明");

    static {
        for (RosterColumn c : RosterColumn.values()) {
            for (String h : c.headers()) {
                BY_HEADER.put(clean(h), c);
            }
        }
    }

    private HeaderText() {
    }

    static Optional<RosterColumn> column(String header) {
        return Optional.ofNullable(BY_HEADER.get(clean(header)));
    }

    static boolean isGroup(String header) {
        return GROUPS.contains(clean(header));
    }

    static boolean isIgnored(String header) {
        return IGNORED.contains(clean(header));
    }

    /** "公民身份号码\n（18位）" → "公民身份号码". */
    static String clean(String header) {
        String s = Normalizer.halfWidth(header == null ? "" : header);
        s = s.replaceAll("\\(.*?\\)", "").replaceAll("\\s+", "").replace("*", "").replace(":", "");
        return s;
    }
}
