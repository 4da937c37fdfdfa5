package org.dangjiandesk.gui.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.MemberEvent;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.model.RosterState;
import org.dangjiandesk.testutil.GuiTestContext;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventDialogViewModelTest {
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

    @Test
    void offersOnlyTheEventsThatFitTheMember() {
        EventDialogViewModel full = new EventDialogViewModel(gui.ctx, street.zhangJianguo.id());
        EventDialogViewModel probationary = new EventDialogViewModel(gui.ctx, street.wangXiuying.id());

        assertThat(full.types()).contains(EventType.TRANSFERRED_OUT, EventType.SUSPENDED, EventType.LOST_CONTACT)
                .doesNotContain(EventType.REGISTERED, EventType.CONVERTED_TO_FULL, EventType.RESTORED,
                        EventType.TRANSFERRED_IN);
        assertThat(probationary.types()).contains(EventType.CONVERTED_TO_FULL, EventType.PROBATION_EXTENDED);
        assertThat(full.memberSummaryProperty().get()).isEqualTo("张建国 · 正式党员 · 阳光社区第一党支部 · 正常");
    }

    @Test
    void transferOut_updatesTheRosterRow_andTheHistory() {
        EventDialogViewModel vm = new EventDialogViewModel(gui.ctx, street.liFang.id());
        List<RosterEntry> recorded = new ArrayList<>();
        vm.setOnRecorded(recorded::add);
        vm.typeProperty().set(EventType.TRANSFERRED_OUT);
        vm.otherPartyProperty().set("中共某某公司委员会");
        vm.duesPaidUntilProperty().set("2026-10");
        vm.docNoProperty().set("介字第 12 号");

        vm.record();

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.closeRequestedProperty().get()).isTrue();
        RosterEntry row = gui.ctx.data().roster().stream().filter(e -> e.id() == street.liFang.id())
                .findFirst().orElseThrow();
        assertThat(row.rosterState()).isEqualTo(RosterState.LEFT);
        assertThat(recorded).containsExactly(row);
        MemberEvent last = ts.services().roster().history(street.liFang.id()).get(1);
        assertThat(last.type()).isEqualTo(EventType.TRANSFERRED_OUT);
        assertThat(last.otherParty()).isEqualTo("中共某某公司委员会");
        assertThat(last.duesPaidUntil()).isEqualTo("2026-10");
        assertThat(last.fromOrgId()).isEqualTo(street.branch1.id());
    }

    @Test
    void moveAndProbationExtension_carryTheirParticulars() {
        EventDialogViewModel move = new EventDialogViewModel(gui.ctx, street.zhangJianguo.id());
        move.typeProperty().set(EventType.MOVED);
        move.targetOrgProperty().set(OrgOption.find(move.orgOptions(), street.branch2.id()));
        move.record();
        EventDialogViewModel extend = new EventDialogViewModel(gui.ctx, street.wangXiuying.id());
        extend.typeProperty().set(EventType.PROBATION_EXTENDED);
        extend.monthsProperty().set(9);
        extend.dateProperty().set(LocalDate.of(2026, 11, 1));
        extend.record();

        assertThat(ts.services().roster().find(street.zhangJianguo.id()).orElseThrow().orgId())
                .isEqualTo(street.branch2.id());
        assertThat(ts.services().roster().history(street.wangXiuying.id()).get(1).months()).isEqualTo(9);
        assertThat(move.needsTargetOrg().get()).isTrue();
        assertThat(extend.needsMonths().get()).isTrue();
    }

    @Test
    void refusedEvent_isExplainedInChinese_andNothingChanges() {
        EventDialogViewModel vm = new EventDialogViewModel(gui.ctx, street.wangXiuying.id());
        vm.typeProperty().set(EventType.CONVERTED_TO_FULL);
        vm.dateProperty().set(LocalDate.of(2025, 1, 1)); // before 王秀英 joined (2026-03-01)

        vm.record();

        assertThat(vm.errorProperty().get()).isEqualTo("事件日期不能早于入党日期。");
        assertThat(vm.closeRequestedProperty().get()).isFalse();
        assertThat(ts.services().roster().find(street.wangXiuying.id()).orElseThrow().category())
                .isEqualTo(MemberCategory.PROBATIONARY);
    }

    @Test
    void floatingOutWithoutDestination_isRefused() {
        EventDialogViewModel vm = new EventDialogViewModel(gui.ctx, street.zhangJianguo.id());
        vm.typeProperty().set(EventType.FLOATING_OUT);

        vm.record();

        assertThat(vm.errorProperty().get()).isEqualTo("请填写外出流向。");
    }

    @Test
    void duesPaidUntil_mustBeAYearMonth() {
        EventDialogViewModel vm = new EventDialogViewModel(gui.ctx, street.liFang.id());
        vm.typeProperty().set(EventType.TRANSFERRED_OUT);
        vm.duesPaidUntilProperty().set("2026年10月");

        vm.record();

        assertThat(vm.errorProperty().get()).isEqualTo("党费交至的格式应为 年-月，如 2026-06。");
        assertThat(ts.services().roster().history(street.liFang.id())).hasSize(1);
    }

    @Test
    void departedMember_canOnlyBeTransferredIn() {
        ts.services().roster().recordEvent(MemberEvent.of(street.liFang.id(), EventType.DIED, LocalDate.of(2026, 1, 5)));

        EventDialogViewModel vm = new EventDialogViewModel(gui.ctx, street.liFang.id());

        assertThat(vm.types()).containsExactly(EventType.TRANSFERRED_IN);
        assertThat(vm.memberSummaryProperty().get()).endsWith("已离开");
    }
}
