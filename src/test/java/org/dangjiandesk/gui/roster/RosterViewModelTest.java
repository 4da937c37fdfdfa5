package org.dangjiandesk.gui.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dangjiandesk.logic.roster.RosterFlag;
import org.dangjiandesk.model.AgeBand;
import org.dangjiandesk.model.EventType;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.MemberEvent;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.testutil.GuiTestContext;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RosterViewModelTest {
    private TestServices ts;
    private TestStreet street;
    private GuiTestContext gui;
    private RosterViewModel vm;

    @BeforeEach
    void setUp() {
        ts = new TestServices();
        street = TestStreet.create(ts.services());
        gui = new GuiTestContext(ts.services());
        gui.ctx.data().loadAll(() -> { });
        vm = new RosterViewModel(gui.ctx);
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    private List<String> shown() {
        return vm.shown().stream().map(RosterEntry::name).toList();
    }

    @Test
    void showsAllCurrentMembers_andCountsThem() {
        assertThat(shown()).containsExactlyInAnyOrder("张建国", "李芳", "王秀英");
        assertThat(vm.resultCountText().get()).isEqualTo("共 3 人");
    }

    @Test
    void search_findsByPinyinInitials_fullPinyin_nameFragment_idTail_andPhone() {
        vm.searchTextProperty().set("zjg");
        assertThat(shown()).containsExactly("张建国");
        vm.searchTextProperty().set("lifang");
        assertThat(shown()).containsExactly("李芳");
        vm.searchTextProperty().set("秀英");
        assertThat(shown()).containsExactly("王秀英");
        String tail = street.liFang.idNumber().substring(14);
        vm.searchTextProperty().set(tail);
        assertThat(shown()).contains("李芳");
        vm.searchTextProperty().set("1234");
        assertThat(shown()).hasSize(3); // all three have 13912345678
        assertThat(vm.resultCountText().get()).isEqualTo("共 3 人");
    }

    @Test
    void orgFilter_showsTheWholeSubtree() {
        vm.orgFilterProperty().set(street.community.id());
        assertThat(shown()).hasSize(3);
        vm.orgFilterProperty().set(street.branch2.id());
        assertThat(shown()).containsExactly("王秀英");
    }

    @Test
    void categoryStatusFlagAndAgeFilters_combine() {
        vm.categoryFilterProperty().set(MemberCategory.PROBATIONARY);
        assertThat(shown()).containsExactly("王秀英");
        vm.categoryFilterProperty().set(MemberCategory.FULL);
        vm.ageBandFilterProperty().set(AgeBand.FROM_61); // 张建国 was born 1965-03-12, 61 on 2026-11-22
        assertThat(shown()).containsExactly("张建国");
        vm.flagFilterProperty().set(RosterFlag.LOST_CONTACT);
        assertThat(shown()).isEmpty();
        assertThat(vm.resultCountText().get()).isEqualTo("共 0 人");

        vm.clearFilters();
        assertThat(shown()).hasSize(3);
    }

    @Test
    void departedMembers_areHiddenUnlessAskedFor() {
        ts.services().roster().recordEvent(MemberEvent.of(street.liFang.id(), EventType.TRANSFERRED_OUT,
                LocalDate.of(2026, 10, 1)));
        gui.ctx.data().replaceEntry(ts.services().roster().entry(street.liFang.id()).orElseThrow());

        assertThat(shown()).doesNotContain("李芳").hasSize(2);
        vm.showDepartedProperty().set(true);
        assertThat(shown()).contains("李芳").hasSize(3);
        RosterEntry li = vm.shown().stream().filter(e -> e.name().equals("李芳")).findFirst().orElseThrow();
        assertThat(vm.statusText(li)).isEqualTo("已离开");
    }

    @Test
    void savedMember_appearsWithoutReloading() {
        var m = TestStreet.member("赵丽", "11010519491231002X", street.branch1.id(), MemberCategory.FULL,
                LocalDate.of(1975, 7, 1));
        var saved = ts.services().roster().create(m, EventType.REGISTERED, null);
        vm.searchTextProperty().set("zl");

        gui.ctx.data().replaceEntry(ts.services().roster().entry(saved.id()).orElseThrow());

        assertThat(shown()).containsExactly("赵丽");
    }

    @Test
    void sortOrder_isKeptWhenTheSearchChanges_andNullRestoresTheRosterOrder() {
        List<String> rosterOrder = shown();
        vm.sortBy(java.util.Comparator.comparing(RosterEntry::birthDate).reversed());
        assertThat(shown()).containsExactly("王秀英", "李芳", "张建国");

        vm.searchTextProperty().set("1234");
        assertThat(shown()).containsExactly("王秀英", "李芳", "张建国");

        vm.sortBy(null);
        assertThat(shown()).isEqualTo(rosterOrder);
    }

    @Test
    void orgLabel_namesTheBranch_andTheGroupInsideIt() {
        OrgUnit group = ts.services().orgs().add(OrgUnit.create(street.branch1.id(), OrgType.GROUP, "三号楼党小组"));
        gui.ctx.data().reloadTree();

        assertThat(vm.orgLabel(street.branch2.id())).isEqualTo("阳光社区第二党支部");
        assertThat(vm.orgLabel(group.id())).isEqualTo("阳光社区第一党支部 · 三号楼党小组");
        assertThat(vm.orgOptions()).extracting(o -> o.name()).contains("三号楼党小组");
    }

    @Test
    void cellTexts_areFormattedFromTheSlimRow() {
        RosterEntry zhang = vm.shown().stream().filter(e -> e.name().equals("张建国")).findFirst().orElseThrow();
        assertThat(vm.birthAndAge(zhang.birthDate())).isEqualTo("1965-03-12（61）");
        assertThat(vm.ethnicityLabel(zhang.ethnicityCode())).isEqualTo("汉族");
        assertThat(vm.educationLabel(zhang.educationCode())).isEqualTo("大学本科");
        assertThat(vm.label(zhang.category())).isEqualTo("正式党员");
        assertThat(vm.statusText(zhang)).isEqualTo("正常");
        assertThat(vm.flagsText(zhang)).isEmpty();
    }
}
