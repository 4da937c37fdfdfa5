package org.dangjiandesk.gui.audit;

import java.time.LocalDate;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dangjiandesk.gui.GuiContext;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.logic.security.AuditLog;
import org.dangjiandesk.logic.security.AuditQuery;
import org.dangjiandesk.model.AuditAction;
import org.dangjiandesk.model.AuditEntry;
import org.dangjiandesk.model.Masking;

/**
 * 审计日志, for the auditor: entries filtered by date, user, action and text (newest first, at most
 * {@link #LIMIT}), and a check of the hash chain. ID numbers and phones inside the details are shown masked unless
 * the user may see them.
 */
public final class AuditLogViewModel {
    public static final int LIMIT = 2000;
    private static final Pattern ID = Pattern.compile("\\b\\d{17}[\\dXx]\\b");
    private static final Pattern MOBILE = Pattern.compile("\\b1\\d{10}\\b");

    private final GuiContext ctx;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty loginName = new SimpleStringProperty("");
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final StringProperty verifyResult = new SimpleStringProperty("");
    private final StringProperty countText = new SimpleStringProperty("");

    public AuditLogViewModel(GuiContext ctx) {
        this.ctx = ctx;
        search();
    }

    public GuiContext context() {
        return ctx;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty loginNameProperty() {
        return loginName;
    }

    public ObjectProperty<AuditAction> actionProperty() {
        return action;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    public StringProperty verifyResultProperty() {
        return verifyResult;
    }

    public StringProperty countTextProperty() {
        return countText;
    }

    public void search() {
        AuditQuery q = new AuditQuery(from.get() == null ? null : from.get().atStartOfDay(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(),
                loginName.get().strip(), action.get(), text.get(), LIMIT);
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().security().audit().find(q))
                .onSuccess(list -> {
                    entries.setAll(list);
                    countText.set(ctx.messages().get(list.size() >= LIMIT ? "audit.countLimited" : "audit.count",
                            list.size()));
                }));
    }

    public void verify() {
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().security().audit().verify())
                .title(ctx.messages().get("audit.verifying"))
                .onSuccess(this::showVerification));
    }

    private void showVerification(AuditLog.Verification v) {
        verifyResult.set(v.intact() ? ctx.messages().get("audit.intact", v.checked())
                : ctx.messages().get("audit.broken", v.firstBrokenId().orElseThrow(), v.checked()));
    }

    /**
     * The details as shown: field names as the forms call them ("homeAddress" → 家庭住址), role and permission names
     * in words, and personal numbers masked unless the user may unmask. The log itself stays language-neutral.
     */
    public String shownDetails(AuditEntry e) {
        String s = FIELD.matcher(e.details()).replaceAll(r -> java.util.regex.Matcher.quoteReplacement(
                fieldLabel(r.group(1), e.action().name().startsWith("RECORD_")) + r.group(2)));
        s = CONSTANT.matcher(s).replaceAll(r -> java.util.regex.Matcher.quoteReplacement(constantLabel(r.group())));
        if (ctx.services().security().personal().mayUnmask()) {
            return s;
        }
        s = ID.matcher(s).replaceAll(r -> Masking.idNumber(r.group()));
        return MOBILE.matcher(s).replaceAll(r -> Masking.phone(r.group()));
    }

    /**
     * The target as shown: the kind of a rating, training or brand record in words ("trainingSession #12" →
     * 培训活动 #12); other targets (a member's name and id, a file) as stored.
     */
    public String shownTarget(AuditEntry e) {
        java.util.regex.Matcher m = ENTITY.matcher(e.target());
        if (m.matches() && ctx.messages().bundle().containsKey("audit.entity." + m.group(1))) {
            return ctx.messages().get("audit.entity." + m.group(1)) + m.group(2);
        }
        return e.target();
    }

    private static final Pattern ENTITY = Pattern.compile("([a-z][A-Za-z]*)( #.*)");
    private static final Pattern FIELD = Pattern.compile("(?m)^([a-z][A-Za-z]*)(: )");
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");

    /** A record of rating, training or brand names its fields with {@code audit.field.*} first. */
    private String fieldLabel(String field, boolean record) {
        String snake = field.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
        String own = "audit.field." + field;
        for (String key : record ? new String[] {own} : new String[] {"member.field." + snake,
                "member.label." + field, "org.field." + field, own}) {
            if (ctx.messages().bundle().containsKey(key)) {
                return ctx.messages().get(key);
            }
        }
        return field;
    }

    private String constantLabel(String name) {
        for (String key : new String[] {"role." + name, "permission." + name, "enum.SheetState." + name,
                "enum.AttendanceStatus." + name, "enum.BrandStatus." + name, "enum.BrandCategory." + name,
                "enum.PointCategory." + name, "enum.TrainingType." + name, "enum.TrainingAudience." + name,
                "backup.kind." + name}) {
            if (ctx.messages().bundle().containsKey(key)) {
                return ctx.messages().get(key);
            }
        }
        return name;
    }
}
