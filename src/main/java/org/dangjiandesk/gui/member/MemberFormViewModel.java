package org.dangjiandesk.gui.member;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dangjiandesk.gui.GuiContext;
import org.dangjiandesk.gui.util.BackgroundTask;
import org.dangjiandesk.gui.util.Choice;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.logic.roster.CodeLists;
import org.dangjiandesk.logic.roster.FieldProblem;
import org.dangjiandesk.logic.roster.MemberField;
import org.dangjiandesk.logic.roster.ValidationException;
import org.dangjiandesk.model.CodeCategory;
import org.dangjiandesk.model.CodeItem;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.IdNumber;
import org.dangjiandesk.model.Masking;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.PartyStatus;
import org.dangjiandesk.model.Place;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.model.RosterState;
import org.dangjiandesk.model.Sex;
import org.dangjiandesk.store.StoreException;

/**
 * State of the member form: one property per field of {@link Member}, the problems {@code MemberValidator} finds
 * in them (recomputed on every change, so the clerk sees them while typing), and saving through
 * {@code RosterService} (which checks again: nothing invalid is written).
 *
 * <p>A valid 公民身份号码 fills 出生日期 and 性别 unless the clerk typed other values, which are then flagged as
 * contradicting the number. For an existing member the fields that life events change (人员类别, 所在党组织,
 * 党籍状态, 失联, 流动) are read-only here: they change through "记录事件", so the add/remove ledgers stay right.
 */
public final class MemberFormViewModel {
    /** Problems about empty required fields are only pointed at once the clerk has been to the field. */
    private static final Set<String> EMPTY_KEYS = Set.of("validation.required", "id.problem.EMPTY");
    private static final int SUMMARY_LIMIT = 3;

    private final GuiContext ctx;
    private final Messages messages;
    private final Long memberId;

    // 基本信息
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty idNumber = new SimpleStringProperty("");
    /** True while the ID number and phones of a stored member are shown masked (read-only). */
    private final javafx.beans.property.BooleanProperty numbersMasked =
            new javafx.beans.property.SimpleBooleanProperty(false);
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
    private final ObjectProperty<CodeItem> ethnicity = new SimpleObjectProperty<>();
    private final StringProperty nativePlace = new SimpleStringProperty("");
    private final ObjectProperty<CodeItem> education = new SimpleObjectProperty<>();
    private final StringProperty degree = new SimpleStringProperty("");
    private final ObjectProperty<CodeItem> jobPost = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> workStartedOn = new SimpleObjectProperty<>();
    // 党籍信息
    private final ObjectProperty<MemberCategory> category = new SimpleObjectProperty<>();
    private final ObjectProperty<OrgOption> org = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> joinedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> fullMemberOn = new SimpleObjectProperty<>();
    private final StringProperty partyPost = new SimpleStringProperty("");
    private final ObjectProperty<PartyStatus> partyStatus = new SimpleObjectProperty<>(PartyStatus.NORMAL);
    private final StringProperty duesStandard = new SimpleStringProperty("");
    private final StringProperty duesPaidUntil = new SimpleStringProperty("");
    private final ObjectProperty<EventType> firstEvent = new SimpleObjectProperty<>(EventType.REGISTERED);
    private final StringProperty docNo = new SimpleStringProperty("");
    // 联系方式
    private final StringProperty mobilePhone = new SimpleStringProperty("");
    private final StringProperty landlinePhone = new SimpleStringProperty("");
    private final StringProperty homeAddress = new SimpleStringProperty("");
    private final StringProperty householdRegister = new SimpleStringProperty("");
    private final StringProperty residence = new SimpleStringProperty("");
    // 其他
    private final BooleanProperty lostContact = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> lostContactSince = new SimpleObjectProperty<>();
    private final BooleanProperty floating = new SimpleBooleanProperty();
    private final StringProperty floatingDestination = new SimpleStringProperty("");
    private final BooleanProperty hardship = new SimpleBooleanProperty();
    private final BooleanProperty volunteer = new SimpleBooleanProperty();
    private final BooleanProperty veteran = new SimpleBooleanProperty();
    private final BooleanProperty frailExempt = new SimpleBooleanProperty();
    // 网格与报到
    private final BooleanProperty inServiceReported = new SimpleBooleanProperty();
    private final ObjectProperty<Choice<Long>> reportCommunity = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> reportedOn = new SimpleObjectProperty<>();
    private final StringProperty originalEmployer = new SimpleStringProperty("");
    private final ObjectProperty<Choice<Long>> place = new SimpleObjectProperty<>();
    private final BooleanProperty householdHead = new SimpleBooleanProperty();

    // options
    private final ObservableList<OrgOption> orgOptions = FXCollections.observableArrayList();
    private final ObservableList<Choice<Long>> communityOptions = FXCollections.observableArrayList();
    private final ObservableList<Choice<Long>> placeOptions = FXCollections.observableArrayList();

    // state
    private final ReadOnlyObjectWrapper<Member> original = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MemberMergeViewModel> conflict = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper closeRequested = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<FieldProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problemsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final Set<MemberField> touched = EnumSet.noneOf(MemberField.class);
    private final List<FieldProblem> refused = new ArrayList<>();
    private final MemberHistoryViewModel history;
    private final BooleanBinding canSave;

    private LocalDate birthFromId;
    private Sex sexFromId;
    private boolean filling;
    private Consumer<RosterEntry> onSaved = e -> { };

    private MemberFormViewModel(GuiContext ctx, Long memberId) {
        this.ctx = ctx;
        this.messages = ctx.messages();
        this.memberId = memberId;
        this.history = new MemberHistoryViewModel(ctx);
        this.canSave = Bindings.createBooleanBinding(
                () -> problems.isEmpty() && !busy.get() && !loading.get() && (memberId == null || dirty.get()),
                problems, busy, loading, dirty);
        fillOptions(List.of());
        watchFields();
        idNumber.addListener((obs, old, now) -> fillFromIdNumber(now));
        category.addListener((obs, old, now) -> {
            if (now == MemberCategory.PROBATIONARY && !filling) {
                fullMemberOn.set(null); // a probationary member has no 转正 date
            }
        });
        title.set(messages.get("member.title.new"));
        revalidate();
    }

    /** A blank form for a new member, in {@code orgId} when given. */
    public static MemberFormViewModel forNew(GuiContext ctx, Long orgId) {
        MemberFormViewModel vm = new MemberFormViewModel(ctx, null);
        vm.category.set(MemberCategory.FULL);
        vm.org.set(OrgOption.find(vm.orgOptions, orgId));
        vm.ethnicity.set(ctx.services().codes().find(CodeCategory.ETHNICITY, "01").orElse(null)); // 汉族
        vm.loadPlaces();
        vm.touched.clear();
        vm.markClean();
        return vm;
    }

    /** The form for a member on the roster; loads the member and its history in the background. */
    public static MemberFormViewModel forExisting(GuiContext ctx, long memberId) {
        MemberFormViewModel vm = new MemberFormViewModel(ctx, memberId);
        vm.reload();
        return vm;
    }

    private record Loaded(Member member, List<Place> places) {
    }

    /** Reads the member again (after a life event was recorded, or to drop unsaved edits). */
    public void reload() {
        if (memberId == null) {
            return;
        }
        loading.set(true);
        ctx.executor().execute(BackgroundTask.of(p -> new Loaded(
                        ctx.services().roster().find(memberId).orElseThrow(),
                        ctx.services().orgs().loadPlaces()))
                .title(messages.get("member.loading"))
                .onSuccess(l -> {
                    fillPlaces(l.places());
                    show(l.member());
                    loading.set(false);
                    history.load(memberId);
                })
                .onFailure(t -> {
                    loading.set(false);
                    ctx.dialogs().showError(ctx.errors().describe(t));
                    closeRequested.set(true);
                }));
    }

    private void loadPlaces() {
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().orgs().loadPlaces())
                .onSuccess(this::fillPlaces));
    }

    // --- options ---

    private void fillOptions(List<Place> places) {
        OrgTree tree = ctx.data().orgTree();
        orgOptions.setAll(OrgOption.memberHolders(tree));
        // 报到社区: the communities, i.e. the organisations directly under the street's 党工委
        List<Long> communities = new ArrayList<>();
        for (OrgUnit root : tree.roots()) {
            for (OrgUnit c : tree.childrenOf(root.id())) {
                if (c.isActive() && c.type() != OrgType.GROUP) {
                    communities.add(c.id());
                }
            }
        }
        communityOptions.setAll(Choice.withEmpty(messages.get("common.none"), communities,
                id -> tree.get(id).displayName()));
        fillPlaces(places);
    }

    private void fillPlaces(List<Place> places) {
        Long keep = place.get() == null ? null : place.get().value();
        List<Long> ids = new ArrayList<>();
        java.util.Map<Long, String> labels = new java.util.HashMap<>();
        for (Place pl : places) {
            ids.add(pl.id());
            labels.put(pl.id(), messages.label(pl.kind()) + " · " + pl.name());
        }
        boolean wasFilling = filling;
        filling = true;
        placeOptions.setAll(Choice.withEmpty(messages.get("common.none"), ids, labels::get));
        place.set(Choice.find(placeOptions, keep));
        filling = wasFilling;
    }

    // --- loading a member into the fields, and back ---

    private void show(Member m) {
        filling = true;
        try {
            CodeLists codes = ctx.services().codes();
            original.set(m);
            name.set(text(m.name()));
            numbersMasked.set(true);
            idNumber.set(Masking.idNumber(text(m.idNumber())));
            sex.set(m.sex());
            birthDate.set(m.birthDate());
            birthFromId = null;
            sexFromId = null;
            ethnicity.set(codes.find(CodeCategory.ETHNICITY, m.ethnicityCode()).orElse(null));
            nativePlace.set(text(m.nativePlace()));
            education.set(codes.find(CodeCategory.EDUCATION, m.educationCode()).orElse(null));
            degree.set(text(m.degree()));
            jobPost.set(codes.find(CodeCategory.JOB_POST, m.jobPostCode()).orElse(null));
            workStartedOn.set(m.workStartedOn());
            category.set(m.category());
            org.set(optionFor(m.orgId()));
            joinedOn.set(m.joinedOn());
            fullMemberOn.set(m.fullMemberOn());
            partyPost.set(text(m.partyPost()));
            partyStatus.set(m.partyStatus());
            duesStandard.set(m.duesStandard() == null ? "" : m.duesStandard().toPlainString());
            duesPaidUntil.set(text(m.duesPaidUntil()));
            mobilePhone.set(Masking.phone(text(m.mobilePhone())));
            landlinePhone.set(Masking.phone(text(m.landlinePhone())));
            homeAddress.set(text(m.homeAddress()));
            householdRegister.set(text(m.householdRegister()));
            residence.set(text(m.residence()));
            lostContact.set(m.lostContact());
            lostContactSince.set(m.lostContactSince());
            floating.set(m.floating());
            floatingDestination.set(text(m.floatingDestination()));
            hardship.set(m.hardship());
            volunteer.set(m.volunteer());
            veteran.set(m.veteran());
            frailExempt.set(m.frailExempt());
            inServiceReported.set(m.inServiceReported());
            reportCommunity.set(Choice.find(communityOptions, m.reportCommunityId()));
            reportedOn.set(m.reportedOn());
            originalEmployer.set(text(m.originalEmployer()));
            place.set(Choice.find(placeOptions, m.placeId()));
            householdHead.set(m.householdHead());
            title.set(messages.get(m.isCurrent() ? "member.title.edit" : "member.title.departed", m.name()));
        } finally {
            filling = false;
        }
        markClean();
    }

    /** The organisation option of a member; a member of a dissolved organisation still shows where it is. */
    private OrgOption optionFor(Long orgId) {
        OrgOption o = OrgOption.find(orgOptions, orgId);
        if (o == null && orgId != null) {
            o = ctx.data().orgTree().find(orgId)
                    .map(u -> new OrgOption(u.id(), u.displayName(), 0, u.type())).orElse(null);
        }
        return o;
    }

    /** The member as the fields describe it now. */
    public Member toMember() {
        Member base = original.get();
        Member.Builder b = base == null ? Member.builder().rosterState(RosterState.CURRENT) : base.toBuilder();
        boolean masked = numbersMasked.get() && base != null;
        String id = masked ? text(base.idNumber()) : IdNumber.normalize(idNumber.get());
        b.name(blankToNull(name.get()))
                .idNumber(id.isEmpty() ? null : id)
                .sex(sex.get())
                .birthDate(birthDate.get())
                .ethnicityCode(code(ethnicity.get()))
                .nativePlace(blankToNull(nativePlace.get()))
                .educationCode(code(education.get()))
                .degree(blankToNull(degree.get()))
                .jobPostCode(code(jobPost.get()))
                .workStartedOn(workStartedOn.get())
                .category(category.get())
                .orgId(org.get() == null ? null : org.get().id())
                .joinedOn(joinedOn.get())
                .fullMemberOn(fullMemberOn.get())
                .partyPost(blankToNull(partyPost.get()))
                .partyStatus(partyStatus.get() == null ? PartyStatus.NORMAL : partyStatus.get())
                .duesStandard(decimal(duesStandard.get()))
                .duesPaidUntil(blankToNull(duesPaidUntil.get()))
                .mobilePhone(masked ? base.mobilePhone() : digitsOnly(mobilePhone.get()))
                .landlinePhone(masked ? base.landlinePhone() : blankToNull(landlinePhone.get()))
                .homeAddress(blankToNull(homeAddress.get()))
                .householdRegister(blankToNull(householdRegister.get()))
                .residence(blankToNull(residence.get()))
                .lostContact(lostContact.get())
                .lostContactSince(lostContact.get() ? lostContactSince.get() : null)
                .floating(floating.get())
                .floatingDestination(floating.get() ? blankToNull(floatingDestination.get()) : null)
                .hardship(hardship.get())
                .volunteer(volunteer.get())
                .veteran(veteran.get())
                .frailExempt(frailExempt.get())
                .inServiceReported(inServiceReported.get())
                .reportCommunityId(inServiceReported.get() && reportCommunity.get() != null
                        ? reportCommunity.get().value() : null)
                .reportedOn(inServiceReported.get() ? reportedOn.get() : null)
                .originalEmployer(inServiceReported.get() ? blankToNull(originalEmployer.get()) : null)
                .placeId(place.get() == null ? null : place.get().value())
                .householdHead(householdHead.get());
        return b.build();
    }

    // --- live validation ---

    private void watchFields() {
        track(name, MemberField.NAME);
        track(idNumber, MemberField.ID_NUMBER);
        track(sex, MemberField.SEX);
        track(birthDate, MemberField.BIRTH_DATE);
        track(ethnicity, MemberField.ETHNICITY);
        track(education, MemberField.EDUCATION);
        track(jobPost, MemberField.JOB_POST);
        track(workStartedOn, MemberField.WORK_STARTED_ON);
        track(category, MemberField.CATEGORY);
        track(org, MemberField.ORG);
        track(joinedOn, MemberField.JOINED_ON);
        track(fullMemberOn, MemberField.FULL_MEMBER_ON);
        track(duesPaidUntil, MemberField.DUES_PAID_UNTIL);
        track(mobilePhone, MemberField.MOBILE_PHONE);
        track(landlinePhone, MemberField.LANDLINE_PHONE);
        track(lostContactSince, MemberField.LOST_CONTACT_SINCE);
        track(floatingDestination, MemberField.FLOATING_DESTINATION);
        track(reportedOn, MemberField.REPORTED_ON);
        for (Observable o : List.of(nativePlace, degree, partyPost, partyStatus, duesStandard, docNo, firstEvent,
                homeAddress, householdRegister, residence, lostContact, floating, hardship, volunteer, veteran,
                frailExempt, inServiceReported, reportCommunity, originalEmployer, place, householdHead)) {
            o.addListener(x -> changed());
        }
    }

    private void track(ObservableValue<?> property, MemberField field) {
        property.addListener(o -> {
            if (!filling) {
                touched.add(field);
            }
            changed();
        });
    }

    private void changed() {
        if (!filling) {
            dirty.set(true);
            refused.clear(); // the service's objection was about the values before this change
        }
        revalidate();
    }

    private void revalidate() {
        if (filling) {
            return;
        }
        List<FieldProblem> now = new ArrayList<>(ctx.services().roster().validate(toMember()));
        for (FieldProblem p : refused) {
            if (!now.contains(p)) {
                now.add(p);
            }
        }
        problems.setAll(now);
        problemsText.set(summary(now));
    }

    private String summary(List<FieldProblem> list) {
        if (list.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(SUMMARY_LIMIT, list.size()); i++) {
            sb.append(i == 0 ? "" : messages.get("member.problems.separator"))
                    .append(ctx.errors().describe(list.get(i)));
        }
        if (list.size() > SUMMARY_LIMIT) {
            sb.append(messages.get("member.problems.more"));
        }
        return messages.get("member.problems", list.size(), sb.toString());
    }

    /**
     * The message to show at a field, or empty. A required field left empty is only pointed at after the clerk
     * changed it (or for a member being edited); the summary line lists it from the start.
     */
    public Optional<String> visibleProblem(MemberField field) {
        boolean showEmpty = memberId != null || touched.contains(field);
        return problems.stream()
                .filter(p -> p.field() == field && (showEmpty || !EMPTY_KEYS.contains(p.messageKey())))
                .findFirst()
                .map(p -> ctx.errors().describe(p));
    }

    /** Fills 出生日期 and 性别 from a valid number, unless the clerk chose other values (they are then flagged). */
    private void fillFromIdNumber(String text) {
        if (filling || !IdNumber.isValid(text)) {
            return;
        }
        IdNumber id = IdNumber.parse(text);
        if (birthDate.get() == null || Objects.equals(birthDate.get(), birthFromId)) {
            birthFromId = id.birthDate();
            birthDate.set(birthFromId);
        }
        if (sex.get() == null || sex.get() == sexFromId) {
            sexFromId = id.sex();
            sex.set(sexFromId);
        }
    }

    // --- saving ---

    private record Saved(Member member, RosterEntry entry) {
    }

    /** Saves and then asks the view to close. */
    public void save() {
        save(false);
    }

    /** Saves a new member and clears the form for the next one, keeping 所在党组织 and the way of registration. */
    public void saveAndNew() {
        save(true);
    }

    private void save(boolean thenNew) {
        if (!canSave.get()) {
            touched.addAll(EnumSet.allOf(MemberField.class));
            revalidate();
            return;
        }
        Member m = toMember();
        boolean creating = memberId == null;
        submit(m, creating, firstEvent.get(), blankToNull(docNo.get()), thenNew);
    }

    private void submit(Member m, boolean creating, EventType first, String doc, boolean thenNew) {
        busy.set(true);
        ctx.executor().execute(BackgroundTask.of(p -> {
                    Member saved = creating ? ctx.services().roster().create(m, first, doc)
                            : ctx.services().roster().update(m);
                    return new Saved(saved, ctx.services().roster().entry(saved.id()).orElseThrow());
                })
                .title(messages.get("member.saving"))
                .onSuccess(s -> {
                    busy.set(false);
                    ctx.data().replaceEntry(s.entry());
                    onSaved.accept(s.entry());
                    if (thenNew) {
                        clearForNext();
                    } else {
                        show(s.member());
                        closeRequested.set(true);
                    }
                })
                .onFailure(t -> {
                    busy.set(false);
                    if (t instanceof ValidationException v) {
                        refused.clear();
                        refused.addAll(v.problems());
                        touched.addAll(v.problems().stream().map(FieldProblem::field).toList());
                        revalidate();
                    } else if (!creating && isStale(t)) {
                        offerMerge(m);
                    } else {
                        ctx.dialogs().showError(ctx.errors().describe(t));
                    }
                }));
    }

    // --- another clerk saved the same member first (optimistic locking) ---

    private static boolean isStale(Throwable t) {
        for (Throwable e = t; e != null; e = e.getCause()) {
            if (e instanceof StoreException s) {
                return s.reason() == StoreException.Reason.STALE_DATA;
            }
        }
        return false;
    }

    /** Reads the stored record and opens the merge view (their value / my value per field). */
    private void offerMerge(Member mine) {
        Member loaded = original.get();
        ctx.executor().execute(BackgroundTask.of(p -> ctx.services().roster().find(memberId).orElseThrow())
                .onSuccess(theirs -> conflict.set(new MemberMergeViewModel(ctx, loaded, mine, theirs)))
                .onFailure(t -> ctx.dialogs().showError(ctx.errors().describe(t))));
    }

    /** Set while the merge view is open; null otherwise. */
    public ReadOnlyObjectProperty<MemberMergeViewModel> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** Saves the merged record (the stored one with the fields of mine the clerk kept). */
    public void saveMerged() {
        MemberMergeViewModel merge = conflict.get();
        if (merge == null) {
            return;
        }
        Member merged = merge.merged();
        conflict.set(null);
        submit(merged, false, null, null, false);
    }

    /** Drops my edits and shows the other clerk's record. */
    public void takeTheirs() {
        MemberMergeViewModel merge = conflict.get();
        if (merge != null) {
            conflict.set(null);
            show(merge.theirs());
        }
    }

    private void clearForNext() {
        OrgOption keepOrg = org.get();
        MemberCategory keepCategory = category.get();
        EventType keepFirst = firstEvent.get();
        filling = true;
        try {
            for (StringProperty s : List.of(name, idNumber, nativePlace, degree, partyPost, duesStandard,
                    duesPaidUntil, docNo, mobilePhone, landlinePhone, homeAddress, householdRegister, residence,
                    floatingDestination, originalEmployer)) {
                s.set("");
            }
            for (ObjectProperty<?> o : List.of(sex, birthDate, education, jobPost, workStartedOn, joinedOn,
                    fullMemberOn, lostContactSince, reportedOn)) {
                o.set(null);
            }
            for (BooleanProperty bp : List.of(lostContact, floating, hardship, volunteer, veteran, frailExempt,
                    inServiceReported, householdHead)) {
                bp.set(false);
            }
            partyStatus.set(PartyStatus.NORMAL);
            reportCommunity.set(Choice.find(communityOptions, null));
            place.set(Choice.find(placeOptions, null));
            org.set(keepOrg);
            category.set(keepCategory);
            firstEvent.set(keepFirst);
            birthFromId = null;
            sexFromId = null;
        } finally {
            filling = false;
        }
        touched.clear();
        markClean();
    }

    private void markClean() {
        dirty.set(false);
        refused.clear();
        revalidate();
    }

    /** The member's events changed (an event was recorded from the form): read the member and history again. */
    public void eventRecorded(RosterEntry entry) {
        onSaved.accept(entry);
        reload();
    }

    // --- helpers ---

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String digitsOnly(String s) {
        String t = blankToNull(s);
        return t == null ? null : t.replace(" ", "").replace("-", "");
    }

    private static String code(CodeItem item) {
        return item == null ? null : item.code();
    }

    private static BigDecimal decimal(String s) {
        String t = blankToNull(s);
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // --- properties for the view ---

    public void setOnSaved(Consumer<RosterEntry> handler) {
        this.onSaved = Objects.requireNonNull(handler);
    }

    public GuiContext context() {
        return ctx;
    }

    public boolean isNew() {
        return memberId == null;
    }

    public Long memberId() {
        return memberId;
    }

    public MemberHistoryViewModel history() {
        return history;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    public ObservableList<FieldProblem> problems() {
        return problems;
    }

    public ReadOnlyStringProperty problemsTextProperty() {
        return problemsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty closeRequestedProperty() {
        return closeRequested.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Member> originalProperty() {
        return original.getReadOnlyProperty();
    }

    public ObservableList<OrgOption> orgOptions() {
        return orgOptions;
    }

    public ObservableList<Choice<Long>> communityOptions() {
        return communityOptions;
    }

    public ObservableList<Choice<Long>> placeOptions() {
        return placeOptions;
    }

    public List<CodeItem> codes(CodeCategory category) {
        return ctx.services().codes().items(category);
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** True while the numbers show masked; the fields are read-only then. */
    public javafx.beans.value.ObservableBooleanValue numbersMaskedProperty() {
        return numbersMasked;
    }

    /** Whether this user may ask to see the full numbers (each time is logged). */
    public boolean mayUnmask() {
        return ctx.services().security().personal().mayUnmask();
    }

    /** Shows the stored member's full ID number and phones, after logging the unmasking. */
    public void unmask() {
        Member m = original.get();
        if (m == null || !numbersMasked.get()) {
            return;
        }
        ctx.executor().execute(BackgroundTask.of(p -> {
            ctx.services().security().personal().unmasked(m.name() + " #" + m.id());
            return m;
        }).onSuccess(shown -> {
            boolean wasFilling = filling;
            filling = true;
            try {
                numbersMasked.set(false);
                idNumber.set(text(shown.idNumber()));
                mobilePhone.set(text(shown.mobilePhone()));
                landlinePhone.set(text(shown.landlinePhone()));
            } finally {
                filling = wasFilling;
            }
            revalidate();
        }));
    }

    public StringProperty idNumberProperty() {
        return idNumber;
    }

    public ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    public ObjectProperty<LocalDate> birthDateProperty() {
        return birthDate;
    }

    public ObjectProperty<CodeItem> ethnicityProperty() {
        return ethnicity;
    }

    public StringProperty nativePlaceProperty() {
        return nativePlace;
    }

    public ObjectProperty<CodeItem> educationProperty() {
        return education;
    }

    public StringProperty degreeProperty() {
        return degree;
    }

    public ObjectProperty<CodeItem> jobPostProperty() {
        return jobPost;
    }

    public ObjectProperty<LocalDate> workStartedOnProperty() {
        return workStartedOn;
    }

    public ObjectProperty<MemberCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<OrgOption> orgProperty() {
        return org;
    }

    public ObjectProperty<LocalDate> joinedOnProperty() {
        return joinedOn;
    }

    public ObjectProperty<LocalDate> fullMemberOnProperty() {
        return fullMemberOn;
    }

    public StringProperty partyPostProperty() {
        return partyPost;
    }

    public ObjectProperty<PartyStatus> partyStatusProperty() {
        return partyStatus;
    }

    public StringProperty duesStandardProperty() {
        return duesStandard;
    }

    public StringProperty duesPaidUntilProperty() {
        return duesPaidUntil;
    }

    public ObjectProperty<EventType> firstEventProperty() {
        return firstEvent;
    }

    public StringProperty docNoProperty() {
        return docNo;
    }

    public StringProperty mobilePhoneProperty() {
        return mobilePhone;
    }

    public StringProperty landlinePhoneProperty() {
        return landlinePhone;
    }

    public StringProperty homeAddressProperty() {
        return homeAddress;
    }

    public StringProperty householdRegisterProperty() {
        return householdRegister;
    }

    public StringProperty residenceProperty() {
        return residence;
    }

    public BooleanProperty lostContactProperty() {
        return lostContact;
    }

    public ObjectProperty<LocalDate> lostContactSinceProperty() {
        return lostContactSince;
    }

    public BooleanProperty floatingProperty() {
        return floating;
    }

    public StringProperty floatingDestinationProperty() {
        return floatingDestination;
    }

    public BooleanProperty hardshipProperty() {
        return hardship;
    }

    public BooleanProperty volunteerProperty() {
        return volunteer;
    }

    public BooleanProperty veteranProperty() {
        return veteran;
    }

    public BooleanProperty frailExemptProperty() {
        return frailExempt;
    }

    public BooleanProperty inServiceReportedProperty() {
        return inServiceReported;
    }

    public ObjectProperty<Choice<Long>> reportCommunityProperty() {
        return reportCommunity;
    }

    public ObjectProperty<LocalDate> reportedOnProperty() {
        return reportedOn;
    }

    public StringProperty originalEmployerProperty() {
        return originalEmployer;
    }

    public ObjectProperty<Choice<Long>> placeProperty() {
        return place;
    }

    public BooleanProperty householdHeadProperty() {
        return householdHead;
    }
}
