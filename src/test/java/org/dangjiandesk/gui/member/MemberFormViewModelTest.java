package org.dangjiandesk.gui.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjiandesk.logic.roster.FieldProblem;
import org.dangjiandesk.logic.roster.MemberField;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.model.Sex;
import org.dangjiandesk.testutil.GuiTestContext;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MemberFormViewModelTest {
    private static final String WOMAN_1949 = "11010519491231002X";
    private static final String MAN_1880 = "440524188001010014";
    private static final String MAN_1920 = "53010219200508011x"; // lower-case x is accepted

    private TestServices ts;
    private TestStreet street;
    private GuiTestContext gui;

    @BeforeEach
    void setUp() {
        ts = new TestServices();
        street = TestStreet.create(ts.services());
        gui = new GuiTestContext(ts.services());
        gui.ctx.data().loadAll(() -> { });
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    private MemberFormViewModel newForm() {
        return MemberFormViewModel.forNew(gui.ctx, street.branch1.id());
    }

    private static void fillValid(MemberFormViewModel vm) {
        vm.nameProperty().set("赵丽");
        vm.idNumberProperty().set(WOMAN_1949);
        vm.joinedOnProperty().set(LocalDate.of(1975, 7, 1));
        vm.fullMemberOnProperty().set(LocalDate.of(1976, 7, 1));
    }

    private static List<String> keys(MemberFormViewModel vm, MemberField field) {
        return vm.problems().stream().filter(p -> p.field() == field).map(FieldProblem::messageKey).toList();
    }

    @Test
    void validIdNumber_fillsBirthDateAndSex() {
        MemberFormViewModel vm = newForm();
        vm.idNumberProperty().set(WOMAN_1949);

        assertThat(vm.birthDateProperty().get()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(vm.sexProperty().get()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void correctedIdNumber_refillsWhatItFilled_butKeepsWhatTheClerkChose() {
        MemberFormViewModel vm = newForm();
        vm.idNumberProperty().set(WOMAN_1949);
        vm.idNumberProperty().set(MAN_1880);
        assertThat(vm.birthDateProperty().get()).isEqualTo(LocalDate.of(1880, 1, 1));
        assertThat(vm.sexProperty().get()).isEqualTo(Sex.MALE);

        vm.sexProperty().set(Sex.FEMALE); // the clerk's own choice, contradicting the number
        vm.idNumberProperty().set(MAN_1920);
        assertThat(vm.sexProperty().get()).isEqualTo(Sex.FEMALE);
        assertThat(vm.birthDateProperty().get()).isEqualTo(LocalDate.of(1920, 5, 8));
        assertThat(keys(vm, MemberField.SEX)).containsExactly("validation.sexContradictsId");
    }

    @Test
    void birthDateContradictingTheId_isFlagged() {
        MemberFormViewModel vm = newForm();
        fillValid(vm);
        vm.birthDateProperty().set(LocalDate.of(1950, 1, 1));

        assertThat(vm.visibleProblem(MemberField.BIRTH_DATE))
                .hasValue("出生日期：与身份证号中的出生日期（1949-12-31）不一致");
        assertThat(vm.canSaveBinding().get()).isFalse();
    }

    @Test
    void badChecksum_isShownWhileTyping_andNothingIsSaved() {
        MemberFormViewModel vm = newForm();
        fillValid(vm);
        vm.idNumberProperty().set("110105194912310021");

        assertThat(vm.visibleProblem(MemberField.ID_NUMBER)).hasValue("公民身份号码：校验码不正确，请核对是否输错");
        assertThat(vm.problemsTextProperty().get()).startsWith("尚有 1 处需要填写或更正：公民身份号码：校验码不正确");
        assertThat(vm.canSaveBinding().get()).isFalse();
        vm.save();
        assertThat(ts.services().roster().loadRoster()).hasSize(3);
    }

    @Test
    void datesOutOfOrder_under18AtJoining_andBadPhone_areProblems() {
        MemberFormViewModel vm = newForm();
        fillValid(vm);
        vm.joinedOnProperty().set(LocalDate.of(1960, 1, 1));
        vm.fullMemberOnProperty().set(LocalDate.of(1959, 1, 1));
        vm.mobilePhoneProperty().set("1391234567");

        assertThat(keys(vm, MemberField.JOINED_ON)).containsExactly("validation.under18AtJoining");
        assertThat(keys(vm, MemberField.FULL_MEMBER_ON)).containsExactly("validation.fullBeforeJoined");
        assertThat(keys(vm, MemberField.MOBILE_PHONE)).containsExactly("validation.mobile");
    }

    @Test
    void choosingProbationary_dropsTheFullMembershipDate() {
        MemberFormViewModel vm = newForm();
        fillValid(vm);
        vm.categoryProperty().set(MemberCategory.PROBATIONARY);

        assertThat(vm.fullMemberOnProperty().get()).isNull();
        assertThat(vm.problems()).isEmpty();
    }

    @Test
    void emptyRequiredFields_areOnlyPointedAtOnceTouched() {
        MemberFormViewModel vm = newForm();
        assertThat(keys(vm, MemberField.NAME)).containsExactly("validation.required");
        assertThat(vm.visibleProblem(MemberField.NAME)).isEmpty();
        assertThat(vm.problemsTextProperty().get()).contains("姓名：必填");

        vm.nameProperty().set("赵");
        vm.nameProperty().set("");

        assertThat(vm.visibleProblem(MemberField.NAME)).hasValue("姓名：必填");
    }

    @Test
    void save_createsTheMember_updatesTheRoster_andAsksToClose() {
        MemberFormViewModel vm = newForm();
        List<RosterEntry> saved = new ArrayList<>();
        vm.setOnSaved(saved::add);
        fillValid(vm);
        vm.docNoProperty().set("2026-001");

        vm.save();

        assertThat(saved).extracting(RosterEntry::name).containsExactly("赵丽");
        assertThat(gui.ctx.data().roster()).contains(saved.get(0));
        assertThat(vm.closeRequestedProperty().get()).isTrue();
        assertThat(ts.services().roster().history(saved.get(0).id()))
                .singleElement().satisfies(e -> assertThat(e.docNo()).isEqualTo("2026-001"));
    }

    @Test
    void saveAndNew_clearsTheFormButKeepsTheOrganisation() {
        MemberFormViewModel vm = newForm();
        fillValid(vm);

        vm.saveAndNew();

        assertThat(ts.services().roster().loadRoster()).hasSize(4);
        assertThat(vm.nameProperty().get()).isEmpty();
        assertThat(vm.idNumberProperty().get()).isEmpty();
        assertThat(vm.birthDateProperty().get()).isNull();
        assertThat(vm.orgProperty().get().id()).isEqualTo(street.branch1.id());
        assertThat(vm.closeRequestedProperty().get()).isFalse();
        assertThat(vm.visibleProblem(MemberField.NAME)).isEmpty(); // a fresh form is not scolded
    }

    @Test
    void duplicateIdNumber_refusedByTheService_isShownAtTheField() {
        MemberFormViewModel vm = newForm();
        fillValid(vm);
        vm.idNumberProperty().set(street.liFang.idNumber());
        vm.nameProperty().set("李芳");
        vm.joinedOnProperty().set(LocalDate.of(2012, 6, 30));
        vm.fullMemberOnProperty().set(LocalDate.of(2013, 6, 30));

        vm.save();

        assertThat(vm.visibleProblem(MemberField.ID_NUMBER)).hasValue("公民身份号码：该号码已在花名册中");
        assertThat(vm.canSaveBinding().get()).isFalse();
        vm.idNumberProperty().set(WOMAN_1949);
        assertThat(vm.visibleProblem(MemberField.ID_NUMBER)).isEmpty();
    }

    @Test
    void existingMember_isLoaded_andSaveWaitsForAChange() {
        MemberFormViewModel vm = MemberFormViewModel.forExisting(gui.ctx, street.zhangJianguo.id());

        assertThat(vm.nameProperty().get()).isEqualTo("张建国");
        assertThat(vm.orgProperty().get().id()).isEqualTo(street.branch1.id());
        assertThat(vm.titleProperty().get()).isEqualTo("党员信息 — 张建国");
        assertThat(vm.history().items()).extracting(MemberHistoryViewModel.Item::title).containsExactly("入党（录入）");
        assertThat(vm.canSaveBinding().get()).isFalse();

        vm.homeAddressProperty().set("幸福街道阳光路 1 号");
        vm.save();

        assertThat(ts.services().roster().find(street.zhangJianguo.id()).orElseThrow().homeAddress())
                .isEqualTo("幸福街道阳光路 1 号");
    }

    @Test
    void memberChangedBySomeoneElse_opensTheMergeView_andNothingIsOverwritten() {
        MemberFormViewModel vm = MemberFormViewModel.forExisting(gui.ctx, street.zhangJianguo.id());
        var other = ts.services().roster().find(street.zhangJianguo.id()).orElseThrow();
        ts.services().roster().update(other.toBuilder().homeAddress("另一处").mobilePhone("13800000001").build());

        vm.homeAddressProperty().set("幸福街道阳光路 1 号");
        vm.save();

        assertThat(gui.dialogs.errors).isEmpty();
        assertThat(ts.services().roster().find(street.zhangJianguo.id()).orElseThrow().homeAddress())
                .isEqualTo("另一处");
        assertThat(vm.closeRequestedProperty().get()).isFalse();
        MemberMergeViewModel merge = vm.conflictProperty().get();
        assertThat(merge).isNotNull();
        assertThat(merge.message()).contains("张建国");
        assertThat(merge.rows()).extracting(MemberMergeViewModel.Row::label, MemberMergeViewModel.Row::theirs,
                        MemberMergeViewModel.Row::mine, r -> r.keepMineProperty().get())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("手机号码", "13800000001", "13912345678", false),
                        org.assertj.core.groups.Tuple.tuple("家庭住址", "另一处", "幸福街道阳光路 1 号", true));

        vm.saveMerged();

        var stored = ts.services().roster().find(street.zhangJianguo.id()).orElseThrow();
        assertThat(stored.homeAddress()).isEqualTo("幸福街道阳光路 1 号"); // mine
        assertThat(stored.mobilePhone()).isEqualTo("13800000001"); // theirs, kept
        assertThat(vm.conflictProperty().get()).isNull();
        assertThat(vm.closeRequestedProperty().get()).isTrue();
    }

    @Test
    void droppingMyChangesInTheMergeView_showsTheStoredRecord() {
        MemberFormViewModel vm = MemberFormViewModel.forExisting(gui.ctx, street.zhangJianguo.id());
        var other = ts.services().roster().find(street.zhangJianguo.id()).orElseThrow();
        ts.services().roster().update(other.toBuilder().homeAddress("另一处").build());
        vm.homeAddressProperty().set("幸福街道阳光路 1 号");
        vm.save();

        vm.takeTheirs();

        assertThat(vm.conflictProperty().get()).isNull();
        assertThat(vm.homeAddressProperty().get()).isEqualTo("另一处");
        assertThat(ts.services().roster().find(street.zhangJianguo.id()).orElseThrow().homeAddress())
                .isEqualTo("另一处");
    }
}
