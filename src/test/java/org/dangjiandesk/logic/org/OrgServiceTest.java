package org.dangjiandesk.logic.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.dangjiandesk.model.OrgStatus;
import org.dangjiandesk.model.OrgType;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.Place;
import org.dangjiandesk.model.PlaceKind;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrgServiceTest {
    private TestServices ts;
    private TestStreet street;
    private OrgService orgs;

    @BeforeEach
    void setUp() {
        ts = new TestServices();
        street = TestStreet.create(ts.services());
        orgs = ts.services().orgs();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    @Test
    void siblings_stayInTheOrderTheyWereAdded_andAMovedOneGoesLast() {
        long root = street.street.id();
        java.util.List<String> names = java.util.List.of("中共丙社区委员会", "中共甲社区委员会", "中共乙社区委员会");
        java.util.List<OrgUnit> added = new java.util.ArrayList<>();
        for (String name : names) {
            added.add(orgs.add(OrgUnit.create(root, OrgType.COMMITTEE, name)));
        }
        assertThat(orgs.loadTree().childrenOf(root)).extracting(OrgUnit::fullName).endsWith(names.toArray(String[]::new));

        orgs.move(added.get(0).id(), added.get(1).id());
        orgs.move(added.get(0).id(), root);
        assertThat(orgs.loadTree().childrenOf(root)).extracting(OrgUnit::fullName)
                .endsWith("中共甲社区委员会", "中共乙社区委员会", "中共丙社区委员会");
    }

    private static String keyOf(Throwable t) {
        return ((OrgException) t).messageKey();
    }

    @Test
    void add_groupDirectlyUnderTheStreet_isRefused() {
        assertThatThrownBy(() -> orgs.add(OrgUnit.create(street.street.id(), OrgType.GROUP, "第一党小组")))
                .isInstanceOf(OrgException.class)
                .extracting(OrgServiceTest::keyOf).isEqualTo("org.error.childTypeNotAllowed");
        assertThat(orgs.loadTree().size()).isEqualTo(4);
    }

    @Test
    void add_branchUnderAGroup_isRefused() {
        OrgUnit group = orgs.add(OrgUnit.create(street.branch1.id(), OrgType.GROUP, "第一党小组"));
        assertThatThrownBy(() -> orgs.add(OrgUnit.create(group.id(), OrgType.BRANCH, "某党支部")))
                .extracting(OrgServiceTest::keyOf).isEqualTo("org.error.childTypeNotAllowed");
    }

    @Test
    void add_underADissolvedParent_isRefused() {
        OrgUnit empty = orgs.add(OrgUnit.create(street.community.id(), OrgType.BRANCH, "阳光社区第三党支部"));
        orgs.dissolve(empty.id(), TestServices.TODAY, "合并");
        assertThatThrownBy(() -> orgs.add(OrgUnit.create(empty.id(), OrgType.GROUP, "第一党小组")))
                .extracting(OrgServiceTest::keyOf).isEqualTo("org.error.parentDissolved");
    }

    @Test
    void add_secondRoot_isRefused() {
        assertThatThrownBy(() -> orgs.add(OrgUnit.create(null, OrgType.WORKING_COMMITTEE, "另一街道党工委")))
                .extracting(OrgServiceTest::keyOf).isEqualTo("org.error.parentRequired");
    }

    @Test
    void add_withAnOrgCodeOfElevenDigits_isRefused() {
        OrgUnit bad = OrgUnit.create(street.community.id(), OrgType.BRANCH, "阳光社区第三党支部")
                .withDetails(null, "32050000001", null, null);
        assertThatThrownBy(() -> orgs.add(bad)).extracting(OrgServiceTest::keyOf).isEqualTo("org.error.orgCode");
    }

    @Test
    void move_intoItsOwnSubtree_isRefused() {
        assertThatThrownBy(() -> orgs.move(street.community.id(), street.branch1.id()))
                .extracting(OrgServiceTest::keyOf).isEqualTo("org.error.moveIntoOwnSubtree");
        assertThatThrownBy(() -> orgs.move(street.branch1.id(), street.branch1.id()))
                .extracting(OrgServiceTest::keyOf).isEqualTo("org.error.moveIntoOwnSubtree");
        assertThat(orgs.loadTree().get(street.community.id()).parentId()).isEqualTo(street.street.id());
    }

    @Test
    void move_branchUnderABranch_isRefused() {
        assertThatThrownBy(() -> orgs.move(street.branch2.id(), street.branch1.id()))
                .extracting(OrgServiceTest::keyOf).isEqualTo("org.error.childTypeNotAllowed");
    }

    @Test
    void move_branchUnderAGeneralBranch_keepsItsMembers() {
        OrgUnit general = orgs.add(OrgUnit.create(street.community.id(), OrgType.GENERAL_BRANCH, "阳光社区党总支"));
        orgs.move(street.branch1.id(), general.id());
        OrgTree tree = orgs.loadTree();
        assertThat(tree.get(street.branch1.id()).parentId()).isEqualTo(general.id());
        assertThat(tree.pathName(street.branch1.id())).isEqualTo("中共阳光社区委员会 / 阳光社区党总支 / 阳光社区第一党支部");
        assertThat(ts.services().roster().find(street.zhangJianguo.id()).orElseThrow().orgId())
                .isEqualTo(street.branch1.id());
    }

    @Test
    void dissolve_withMembers_isRefused_andTheOrgStaysActive() {
        assertThatThrownBy(() -> orgs.dissolve(street.branch1.id(), TestServices.TODAY, "合并"))
                .isInstanceOf(OrgException.class)
                .satisfies(t -> {
                    assertThat(keyOf(t)).isEqualTo("org.error.hasMembers");
                    assertThat(((OrgException) t).args()).containsExactly(2);
                });
        assertThat(orgs.loadTree().get(street.branch1.id()).isActive()).isTrue();
    }

    @Test
    void dissolve_withActiveChildren_isRefused() {
        assertThatThrownBy(() -> orgs.dissolve(street.community.id(), TestServices.TODAY, "撤并"))
                .extracting(OrgServiceTest::keyOf).isEqualTo("org.error.hasActiveChildren");
    }

    @Test
    void dissolve_emptyBranch_keepsTheRowWithDateAndReason() {
        OrgUnit empty = orgs.add(OrgUnit.create(street.community.id(), OrgType.BRANCH, "阳光社区第三党支部"));
        LocalDate on = TestServices.TODAY.minusDays(3);
        orgs.dissolve(empty.id(), on, "  小区合并，并入第一党支部  ");
        OrgUnit after = orgs.loadTree().get(empty.id());
        assertThat(after.status()).isEqualTo(OrgStatus.DISSOLVED);
        assertThat(after.dissolvedOn()).isEqualTo(on);
        assertThat(after.dissolvedReason()).isEqualTo("小区合并，并入第一党支部");
        assertThat(after.fullName()).isEqualTo("阳光社区第三党支部");
        assertThat(after.parentId()).isEqualTo(street.community.id());
    }

    @Test
    void dissolve_withoutReasonOrInTheFuture_isRefused() {
        OrgUnit empty = orgs.add(OrgUnit.create(street.community.id(), OrgType.BRANCH, "阳光社区第三党支部"));
        assertThatThrownBy(() -> orgs.dissolve(empty.id(), TestServices.TODAY, " "))
                .extracting(OrgServiceTest::keyOf).isEqualTo("org.error.reasonRequired");
        assertThatThrownBy(() -> orgs.dissolve(empty.id(), TestServices.TODAY.plusDays(1), "合并"))
                .extracting(OrgServiceTest::keyOf).isEqualTo("org.error.dateInvalid");
    }

    @Test
    void update_savesTheFormFields_butNeitherParentNorStatusNorType() {
        OrgUnit edited = new OrgUnit(street.branch1.id(), street.street.id(), OrgType.GROUP, "阳光社区第一党支部",
                "第一支部", "320500000011", LocalDate.of(2015, 7, 1), "阳工委〔2015〕3号", "张建国", "李芳",
                "13912345678", org.dangjiandesk.model.UnitSituation.SAME_AS_PARENT, "江苏省苏州市姑苏区", true, false,
                LocalDate.of(2024, 6, 1), LocalDate.of(2027, 6, 1), OrgStatus.DISSOLVED, TestServices.TODAY, "x",
                null, 0, street.branch1.version());
        OrgUnit saved = orgs.update(edited);
        OrgUnit reloaded = orgs.loadTree().get(street.branch1.id());
        assertThat(reloaded).isEqualTo(saved);
        assertThat(reloaded.shortName()).isEqualTo("第一支部");
        assertThat(reloaded.orgCode()).isEqualTo("320500000011");
        assertThat(reloaded.foundingDocNo()).isEqualTo("阳工委〔2015〕3号");
        assertThat(reloaded.termEnd()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(reloaded.parentId()).isEqualTo(street.community.id());
        assertThat(reloaded.type()).isEqualTo(OrgType.BRANCH);
        assertThat(reloaded.status()).isEqualTo(OrgStatus.ACTIVE);
        assertThat(reloaded.dissolvedOn()).isNull();
    }

    @Test
    void update_withABadOrgCode_isRefused() {
        assertThatThrownBy(() -> orgs.update(street.branch1.withDetails(null, "12345", null, null)))
                .extracting(OrgServiceTest::keyOf).isEqualTo("org.error.orgCode");
    }

    @Test
    void update_linksABranchToAPlaceOfItsCommunity_butNotToAnotherCommunitysPlace() {
        Place compound = orgs.places().add(street.community.id(), null, PlaceKind.COMPOUND, "阳光小区");
        OrgUnit linked = orgs.update(street.branch1.withPlace(compound.id()));
        assertThat(orgs.loadTree().get(street.branch1.id()).placeId()).isEqualTo(compound.id());

        OrgUnit other = orgs.add(OrgUnit.create(street.street.id(), OrgType.COMMITTEE, "中共明月社区委员会"));
        Place elsewhere = orgs.places().add(other.id(), null, PlaceKind.COMPOUND, "明月小区");
        assertThatThrownBy(() -> orgs.update(linked.withPlace(elsewhere.id())))
                .extracting(OrgServiceTest::keyOf).isEqualTo("org.error.placeElsewhere");
    }

    @Test
    void update_linkingACommitteeToAPlace_isRefused() {
        Place grid = orgs.places().add(street.community.id(), null, PlaceKind.GRID, "东区网格");
        assertThatThrownBy(() -> orgs.update(street.community.withPlace(grid.id())))
                .extracting(OrgServiceTest::keyOf).isEqualTo("org.error.placeOnlyForBranches");
    }

    @Test
    void warnings_ofABranchWithTwoFullMembers_sayTooFew() {
        OrgTree tree = orgs.loadTree();
        MemberCounts counts = MemberCounts.compute(tree, ts.services().roster().loadRoster());
        assertThat(orgs.warnings(tree.get(street.branch1.id()), counts))
                .containsExactly(OrgWarning.of("org.warning.tooFewFull", 2, 3));
    }
}
