package org.dangjiandesk.gui.member;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dangjiandesk.gui.GuiContext;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.roster.MemberLifecycle;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberEvent;
import org.dangjiandesk.model.RosterEntry;

/**
 * State of the "记录事件" dialog: which life event, when, and its particulars. Only the events that fit the
 * member's present state are offered; the service checks again and its refusal ({@code LifecycleException}) is
 * shown in the dialog, in Chinese. After success the roster row and the history are refreshed.
 */
public final class EventDialogViewModel {
    private static final Set<EventType> TARGET_ORG = EnumSet.of(EventType.TRANSFERRED_IN, EventType.MOVED);
    private static final Set<EventType> OTHER_PARTY =
            EnumSet.of(EventType.TRANSFERRED_OUT, EventType.TRANSFERRED_IN, EventType.FLOATING_OUT);
    private static final Set<EventType> DUES = EnumSet.of(EventType.TRANSFERRED_OUT, EventType.TRANSFERRED_IN);

    private final GuiContext ctx;
    private final Messages messages;
    private final long memberId;
    private final ObservableList<EventType> types = FXCollections.observableArrayList();
    private final ObservableList<OrgOption> orgOptions = FXCollections.observableArrayList();
    private final ObjectProperty<EventType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty docNo = new SimpleStringProperty("");
    private final ObjectProperty<OrgOption> targetOrg = new SimpleObjectProperty<>();
    private final StringProperty otherParty = new SimpleStringProperty("");
    private final StringProperty duesPaidUntil = new SimpleStringProperty("");
    private final ObjectProperty<Integer> months = new SimpleObjectProperty<>(MemberLifecycle.MIN_EXTENSION_MONTHS);
    private final ReadOnlyObjectWrapper<Member> member = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper memberSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper closeRequested = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canRecord;
    private Consumer<RosterEntry> onRecorded = e -> { };

    public EventDialogViewModel(GuiContext ctx, long memberId) {
        this.ctx = ctx;
        this.messages = ctx.messages();
        this.memberId = memberId;
        this.date.set(LocalDate.now(ctx.services().clock()));
        this.canRecord = Bindings.createBooleanBinding(
                () -> member.get() != null && type.get() != null && date.get() != null && !busy.get(),
                member, type, date, busy);
        type.addListener((obs, old, now) -> error.set(""));
        date.addListener(o -> error.set(""));
        orgOptions.setAll(OrgOption.memberHolders(ctx.data().orgTree()));
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().roster().find(memberId).orElseThrow())
                .onSuccess(this::loaded)
                .onFailure(t -> error.set(ctx.errors().describe(t))));
    }

    private void loaded(Member m) {
        member.set(m);
        types.setAll(ctx.services().roster().applicableEvents(m));
        type.set(types.isEmpty() ? null : types.get(0));
        String org = ctx.data().orgTree().find(m.orgId()).map(o -> o.displayName()).orElse("");
        memberSummary.set(messages.get("eventDialog.member", m.name(), messages.label(m.category()), org,
                messages.label(m.isCurrent() ? m.partyStatus() : m.rosterState())));
    }

    /** Records the event; on success refreshes the roster row and asks the view to close. */
    public void record() {
        if (!canRecord.get()) {
            return;
        }
        String dues = blankToNull(duesPaidUntil.get());
        EventType t = type.get();
        if (DUES.contains(t) && dues != null && !isYearMonth(dues)) {
            error.set(messages.get("eventDialog.duesFormat"));
            return;
        }
        MemberEvent event = new MemberEvent(null, memberId, t, date.get(), blankToNull(reason.get()),
                blankToNull(docNo.get()), null,
                TARGET_ORG.contains(t) && targetOrg.get() != null ? targetOrg.get().id() : null,
                OTHER_PARTY.contains(t) ? blankToNull(otherParty.get()) : null,
                DUES.contains(t) ? dues : null,
                t == EventType.PROBATION_EXTENDED ? months.get() : null, null);
        busy.set(true);
        error.set("");
        ctx.executor().execute(BackgroundTask.of(p -> {
                    ctx.services().roster().recordEvent(event);
                    return ctx.services().roster().entry(memberId).orElseThrow();
                })
                .title(messages.get("eventDialog.saving"))
                .onSuccess(entry -> {
                    busy.set(false);
                    ctx.data().replaceEntry(entry);
                    onRecorded.accept(entry);
                    closeRequested.set(true);
                })
                .onFailure(ex -> {
                    busy.set(false);
                    error.set(ctx.errors().describe(ex));
                }));
    }

    private static boolean isYearMonth(String s) {
        try {
            YearMonth.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // --- what the chosen event needs ---

    public BooleanBinding needsTargetOrg() {
        return Bindings.createBooleanBinding(() -> TARGET_ORG.contains(type.get()), type);
    }

    public BooleanBinding needsOtherParty() {
        return Bindings.createBooleanBinding(() -> OTHER_PARTY.contains(type.get()), type);
    }

    public BooleanBinding needsDues() {
        return Bindings.createBooleanBinding(() -> DUES.contains(type.get()), type);
    }

    public BooleanBinding needsMonths() {
        return Bindings.createBooleanBinding(() -> type.get() == EventType.PROBATION_EXTENDED, type);
    }

    /** 转往 / 转自 / 外出流向, as fits the event. */
    public StringBinding otherPartyLabel() {
        return Bindings.createStringBinding(() -> messages.get(
                type.get() == EventType.TRANSFERRED_IN ? "eventDialog.otherParty.in"
                        : type.get() == EventType.FLOATING_OUT ? "eventDialog.otherParty.floating"
                        : "eventDialog.otherParty.out"), type);
    }

    /** 调入党组织 for a move, 转入党组织 for a transfer in. */
    public StringBinding targetOrgLabel() {
        return Bindings.createStringBinding(() -> messages.get(type.get() == EventType.MOVED
                ? "eventDialog.targetOrg.move" : "eventDialog.targetOrg.in"), type);
    }

    // --- properties ---

    public void setOnRecorded(Consumer<RosterEntry> handler) {
        this.onRecorded = Objects.requireNonNull(handler);
    }

    public GuiContext context() {
        return ctx;
    }

    public long memberId() {
        return memberId;
    }

    public ObservableList<EventType> types() {
        return types;
    }

    public ObservableList<OrgOption> orgOptions() {
        return orgOptions;
    }

    public ObjectProperty<EventType> typeProperty() {
        return type;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty docNoProperty() {
        return docNo;
    }

    public ObjectProperty<OrgOption> targetOrgProperty() {
        return targetOrg;
    }

    public StringProperty otherPartyProperty() {
        return otherParty;
    }

    public StringProperty duesPaidUntilProperty() {
        return duesPaidUntil;
    }

    public ObjectProperty<Integer> monthsProperty() {
        return months;
    }

    public ReadOnlyObjectProperty<Member> memberProperty() {
        return member.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty memberSummaryProperty() {
        return memberSummary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty closeRequestedProperty() {
        return closeRequested.getReadOnlyProperty();
    }

    public BooleanBinding canRecordBinding() {
        return canRecord;
    }
}
