package org.dangjiandesk.logic.roster;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dangjiandesk.model.CodeCategory;
import org.dangjiandesk.model.CodeItem;
import org.dangjiandesk.store.DataStore;

/** The national code lists, loaded once (they change only with a migration). */
public final class CodeLists {
    private final Map<CodeCategory, List<CodeItem>> byCategory;

    public CodeLists(List<CodeItem> items) {
        Map<CodeCategory, List<CodeItem>> map = new EnumMap<>(CodeCategory.class);
        map.putAll(items.stream().collect(Collectors.groupingBy(CodeItem::category)));
        this.byCategory = map;
    }

    public static CodeLists load(DataStore store) {
        return new CodeLists(store.read(r -> r.codes().findAll()));
    }

    public List<CodeItem> items(CodeCategory category) {
        return byCategory.getOrDefault(category, List.of());
    }

    public Optional<CodeItem> find(CodeCategory category, String code) {
        return items(category).stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public String label(CodeCategory category, String code) {
        return code == null ? "" : find(category, code).map(CodeItem::label).orElse(code);
    }

    /** Finds a code by its label (汉族 → 01), as typed in rosters. */
    public Optional<CodeItem> byLabel(CodeCategory category, String label) {
        return items(category).stream().filter(i -> i.label().equals(label)).findFirst();
    }
}
