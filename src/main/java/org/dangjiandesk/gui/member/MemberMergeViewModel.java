package org.dangjiandesk.gui.member;

import java.util.HashSet;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dangjiandesk.gui.GuiContext;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.roster.MemberMerge;
import org.dangjiandesk.model.CodeCategory;
import org.dangjiandesk.model.CodeItem;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.OrgUnit;

/**
 * The merge view shown when another clerk saved the same member first: per differing field their value and my
 * value, with a tick for "keep mine" (preset where I changed the field). {@link #merged()} is the stored record with
 * the ticked values of mine, saved with the stored version, so neither clerk's work is lost silently.
 */
public final class MemberMergeViewModel {

    /** One line of the merge table. */
    public static final class Row {
        private final String field;
        private final String label;
        private final String theirs;
        private final String mine;
        private final BooleanProperty keepMine;

        Row(String field, String label, String theirs, String mine, boolean keepMine) {
            this.field = field;
            this.label = label;
            this.theirs = theirs;
            this.mine = mine;
            this.keepMine = new SimpleBooleanProperty(keepMine);
        }

        public String field() {
            return field;
        }

        public String label() {
            return label;
        }

        public String theirs() {
            return theirs;
        }

        public String mine() {
            return mine;
        }

        public BooleanProperty keepMineProperty() {
            return keepMine;
        }
    }

    private final Member theirs;
    private final Member mine;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final String message;

    public MemberMergeViewModel(GuiContext ctx, Member loaded, Member mine, Member theirs) {
        this.theirs = theirs;
        this.mine = mine;
        Messages messages = ctx.messages();
        for (MemberMerge.Difference d : MemberMerge.differences(loaded, mine, theirs)) {
            rows.add(new Row(d.field(), messages.get(d.labelKey()), text(ctx, d.field(), d.theirs()),
                    text(ctx, d.field(), d.mine()), d.iChanged()));
        }
        this.message = messages.get("merge.message", mine.name() == null ? "" : mine.name());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** "另一位工作人员已保存了党员张建国的修改……" */
    public String message() {
        return message;
    }

    /** The stored record with the ticked fields of mine; save it to resolve the conflict. */
    public Member merged() {
        Set<String> keepMine = new HashSet<>();
        for (Row r : rows) {
            if (r.keepMine.get()) {
                keepMine.add(r.field);
            }
        }
        return MemberMerge.merge(theirs, mine, keepMine);
    }

    /** The other clerk's record as stored (to drop my edits). */
    public Member theirs() {
        return theirs;
    }

    /** Keeps all of mine, or all of theirs. */
    public void keepAll(boolean mineEverywhere) {
        rows.forEach(r -> r.keepMine.set(mineEverywhere));
    }

    private static String text(GuiContext ctx, String field, Object v) {
        Messages messages = ctx.messages();
        if (v == null) {
            return messages.get("common.none");
        }
        if (v instanceof Boolean b) {
            return messages.get(b ? "common.yes" : "common.no");
        }
        if (v instanceof Enum<?> e) {
            return messages.label(e);
        }
        return switch (field) {
            case "orgId", "reportCommunityId" -> ctx.data().orgTree().find((Long) v).map(OrgUnit::displayName)
                    .orElse(String.valueOf(v));
            case "ethnicityCode" -> code(ctx, CodeCategory.ETHNICITY, v);
            case "educationCode" -> code(ctx, CodeCategory.EDUCATION, v);
            case "jobPostCode" -> code(ctx, CodeCategory.JOB_POST, v);
            default -> String.valueOf(v);
        };
    }

    private static String code(GuiContext ctx, CodeCategory category, Object code) {
        return ctx.services().codes().find(category, (String) code).map(CodeItem::label).orElse(String.valueOf(code));
    }
}
