package org.dangjiandesk.store;

import static org.dangjiandesk.store.jooq.Tables.CODE_ITEM;

import java.util.List;
import org.dangjiandesk.model.CodeCategory;
import org.dangjiandesk.model.CodeItem;
import org.jooq.DSLContext;

/** The national code lists (read-only; they come with the migrations). */
public final class CodeRepository {
    private final DSLContext dsl;

    CodeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<CodeItem> findAll() {
        return dsl.selectFrom(CODE_ITEM)
                .orderBy(CODE_ITEM.CATEGORY, CODE_ITEM.SORT_ORDER)
                .fetch(r -> new CodeItem(CodeCategory.valueOf(r.getCategory()), r.getCode(), r.getLabel(),
                        r.getParentCode(), r.getSortOrder()));
    }
}
