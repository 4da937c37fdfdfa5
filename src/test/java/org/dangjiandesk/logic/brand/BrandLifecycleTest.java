package org.dangjiandesk.logic.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.i18n.ErrorTexts;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.BrandProject;
import org.dangjiandesk.model.BrandStatus;
import org.dangjiandesk.model.BrandStep;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BrandLifecycleTest {
    private static final LocalDate APPLIED_ON = LocalDate.of(2026, 3, 1);
    private TestServices ts;
    private Services s;
    private TestStreet street;
    private BrandService brand;
    private ErrorTexts texts;

    @BeforeEach
    void setUp() {
        ts = new TestServices();
        s = ts.services();
        street = TestStreet.create(s);
        brand = s.brand().projects();
        texts = new ErrorTexts(Messages.chinese());
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    private BrandProject applied() {
        return brand.apply(BrandProjects.draft("邻里食堂", street.community.id(), street.zhangJianguo.id()),
                APPLIED_ON, "社区党委申报");
    }

    private String message(Throwable t) {
        return texts.describe(t);
    }

    @Test
    void apply_recordsTheApplicationAsTheFirstStep() {
        BrandProject p = applied();

        assertThat(p.status()).isEqualTo(BrandStatus.APPLIED);
        List<BrandStep> steps = brand.steps(p.id());
        assertThat(steps).singleElement().satisfies(st -> {
            assertThat(st.from()).isNull();
            assertThat(st.to()).isEqualTo(BrandStatus.APPLIED);
            assertThat(st.date()).isEqualTo(APPLIED_ON);
            assertThat(st.decidingOrgId()).isEqualTo(street.community.id());
            assertThat(st.note()).isEqualTo("社区党委申报");
        });
    }

    @Test
    void fullLifecycle_recordsEveryStepWithDateOrgAndNote() {
        long id = applied().id();
        brand.move(id, BrandStatus.APPROVED, LocalDate.of(2026, 3, 10), street.street.id(), "街道党工委会议通过");
        brand.move(id, BrandStatus.IN_PROGRESS, LocalDate.of(2026, 4, 1), street.community.id(), null);
        brand.move(id, BrandStatus.UNDER_EVALUATION, LocalDate.of(2026, 10, 8), street.street.id(), "年度展评");
        BrandProject done = brand.move(id, BrandStatus.AWARDED, LocalDate.of(2026, 11, 1), street.street.id(), "");

        assertThat(done.status()).isEqualTo(BrandStatus.AWARDED);
        assertThat(brand.steps(id)).extracting(BrandStep::from, BrandStep::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, BrandStatus.APPLIED),
                org.assertj.core.groups.Tuple.tuple(BrandStatus.APPLIED, BrandStatus.APPROVED),
                org.assertj.core.groups.Tuple.tuple(BrandStatus.APPROVED, BrandStatus.IN_PROGRESS),
                org.assertj.core.groups.Tuple.tuple(BrandStatus.IN_PROGRESS, BrandStatus.UNDER_EVALUATION),
                org.assertj.core.groups.Tuple.tuple(BrandStatus.UNDER_EVALUATION, BrandStatus.AWARDED));
        assertThat(brand.steps(id).get(1).note()).isEqualTo("街道党工委会议通过");
        assertThat(brand.steps(id).get(4).note()).isNull();
    }

    @Test
    void skippingApproval_isRefusedWithAMessageNamingWhatIsAllowed() {
        long id = applied().id();

        assertThatThrownBy(() -> brand.move(id, BrandStatus.IN_PROGRESS, LocalDate.of(2026, 3, 10),
                street.street.id(), null))
                .isInstanceOf(BrandException.class)
                .satisfies(e -> assertThat(message(e)).isEqualTo(
                        "项目「邻里食堂」处于“申报”阶段，不能改为“实施中”：下一步只能是“立项”或“不予立项”。"));
        assertThat(brand.project(id).status()).isEqualTo(BrandStatus.APPLIED);
        assertThat(brand.steps(id)).hasSize(1);
    }

    @Test
    void awardingWithoutEvaluation_isRefused() {
        long id = applied().id();
        brand.move(id, BrandStatus.APPROVED, LocalDate.of(2026, 3, 10), street.street.id(), null);
        brand.move(id, BrandStatus.IN_PROGRESS, LocalDate.of(2026, 4, 1), street.community.id(), null);

        assertThatThrownBy(() -> brand.move(id, BrandStatus.AWARDED, LocalDate.of(2026, 5, 1), street.street.id(), null))
                .satisfies(e -> assertThat(message(e)).isEqualTo(
                        "项目「邻里食堂」正在“实施中”，不能改为“命名授牌”：下一步只能是“展评”、“结项”或“终止”。"));
    }

    @Test
    void aRejectedProject_cannotMoveAnyMore() {
        long id = applied().id();
        brand.move(id, BrandStatus.REJECTED, LocalDate.of(2026, 3, 10), street.street.id(), "与已有项目重复");

        assertThatThrownBy(() -> brand.move(id, BrandStatus.APPROVED, LocalDate.of(2026, 3, 11), street.street.id(),
                null))
                .satisfies(e -> assertThat(message(e)).isEqualTo(
                        "项目「邻里食堂」已“不予立项”，流程已结束，不能再改为“立项”。如需继续，请重新申报。"));
    }

    @ParameterizedTest
    @EnumSource(value = BrandStatus.class, names = {"REJECTED", "TERMINATED"})
    void rejectionAndTermination_needAReason(BrandStatus to) {
        long id = applied().id();
        if (to == BrandStatus.TERMINATED) {
            brand.move(id, BrandStatus.APPROVED, LocalDate.of(2026, 3, 10), street.street.id(), null);
        }

        assertThatThrownBy(() -> brand.move(id, to, LocalDate.of(2026, 4, 10), street.street.id(), "  "))
                .satisfies(e -> assertThat(message(e)).isEqualTo("“" + Messages.chinese().label(to) + "”须写明理由。"));
    }

    @Test
    void aStepDatedBeforeThePreviousOne_isRefused() {
        long id = applied().id();

        assertThatThrownBy(() -> brand.move(id, BrandStatus.APPROVED, LocalDate.of(2026, 2, 1), street.street.id(),
                null))
                .satisfies(e -> assertThat(message(e)).isEqualTo(
                        "日期 2026-02-01 早于上一步“申报”的日期 2026-03-01，请核对。"));
    }

    @Test
    void aStepInTheFuture_orWithoutDecidingOrg_isRefused() {
        long id = applied().id();

        assertThatThrownBy(() -> brand.move(id, BrandStatus.APPROVED, TestServices.TODAY.plusDays(1),
                street.street.id(), null))
                .satisfies(e -> assertThat(message(e)).contains("晚于今天"));
        assertThatThrownBy(() -> brand.move(id, BrandStatus.APPROVED, LocalDate.of(2026, 3, 10), null, null))
                .satisfies(e -> assertThat(message(e)).isEqualTo("请选择作出决定的党组织。"));
    }

    @Test
    void everyStatus_hasAWordedRefusal_inBothLanguages() {
        Messages en = Messages.forLocale(java.util.Locale.ENGLISH);
        for (BrandStatus from : BrandStatus.values()) {
            String key = "brand.error.illegal." + from.name();
            assertThat(Messages.chinese().get(key, "x", BrandStatus.APPLIED)).doesNotContain("{");
            assertThat(en.get(key, "x", BrandStatus.APPLIED)).doesNotContain("{");
            assertThat(from.isFinal()).isEqualTo(BrandLifecycle.next(from).isEmpty());
        }
    }

    @Test
    void editingDetails_keepsTheStatus() {
        BrandProject p = applied();
        BrandProject edited = new BrandProject(p.id(), "邻里食堂（二期）", p.category(), p.orgId(), p.leaderId(),
                p.year(), p.summary(), p.goals(), p.planned(), p.budget(), BrandStatus.AWARDED, p.version());

        BrandProject saved = brand.update(edited);

        assertThat(saved.name()).isEqualTo("邻里食堂（二期）");
        assertThat(saved.status()).isEqualTo(BrandStatus.APPLIED);
    }
}
