package org.dangjiandesk.logic.excel.roster;

import java.util.Map;
import java.util.Optional;
import org.dangjiandesk.logic.excel.Normalizer;
import org.dangjiandesk.logic.roster.CodeLists;
import org.dangjiandesk.model.CodeCategory;
import org.dangjiandesk.model.CodeItem;

/** Finds code-list entries from what clerks write: 汉 → 汉族, 本科 → 大学本科, 退休 → 退休人员. */
final class CodeMatcher {
    private static final Map<String, String> EDUCATION_SYNONYMS = Map.ofEntries(
            Map.entry("本科", "大学本科"), Map.entry("大本", "大学本科"), Map.entry("大学", "大学本科"),
            Map.entry("大专", "大学专科"), Map.entry("专科", "大学专科"), Map.entry("中专", "中等专科"),
            Map.entry("高中", "普通高中"), Map.entry("职高", "职业高中"), Map.entry("技校", "技工学校"),
            Map.entry("研究生", "硕士研究生"), Map.entry("硕士", "硕士研究生"), Map.entry("博士", "博士研究生"),
            Map.entry("初中及以下", "初中"), Map.entry("小学及以下", "小学"), Map.entry("文盲", "其他"));
    private static final Map<String, String> JOB_SYNONYMS = Map.ofEntries(
            Map.entry("退休", "退休人员"), Map.entry("离休", "离休干部"), Map.entry("农民", "农牧渔业生产人员"),
            Map.entry("学生", "本科生"), Map.entry("无业", "无固定职业"), Map.entry("自由职业", "自由职业人员"),
            Map.entry("社区工作者", "社区工作人员"));

    private final CodeLists codes;

    CodeMatcher(CodeLists codes) {
        this.codes = codes;
    }

    Optional<CodeItem> ethnicity(String raw) {
        String s = Normalizer.compact(raw);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Optional<CodeItem> exact = codes.byLabel(CodeCategory.ETHNICITY, s);
        return exact.isPresent() ? exact : codes.byLabel(CodeCategory.ETHNICITY, s + "族");
    }

    Optional<CodeItem> education(String raw) {
        return byLabelOrSynonym(CodeCategory.EDUCATION, raw, EDUCATION_SYNONYMS);
    }

    Optional<CodeItem> jobPost(String raw) {
        return byLabelOrSynonym(CodeCategory.JOB_POST, raw, JOB_SYNONYMS);
    }

    private Optional<CodeItem> byLabelOrSynonym(CodeCategory category, String raw, Map<String, String> synonyms) {
        String s = Normalizer.compact(raw);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Optional<CodeItem> exact = codes.byLabel(category, s);
        if (exact.isPresent()) {
            return exact;
        }
        String synonym = synonyms.get(s);
        return synonym == null ? Optional.empty() : codes.byLabel(category, synonym);
    }
}
