package org.dangjiandesk.logic.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.model.AwardRule;
import org.dangjiandesk.model.BrandCategory;
import org.dangjiandesk.model.BrandProject;
import org.dangjiandesk.model.BrandStatus;
import org.dangjiandesk.model.EvaluationCriterion;
import org.dangjiandesk.model.EvaluationRound;
import org.dangjiandesk.model.Indicators;
import org.dangjiandesk.model.Judge;
import org.dangjiandesk.model.ProgressEntry;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress log, overview and an evaluation round through the services and the database. */
class BrandServiceTest {
    @TempDir Path files;
    private TestServices ts;
    private Services s;
    private TestStreet street;
    private BrandService brand;

    @BeforeEach
    void setUp() {
        ts = new TestServices();
        s = ts.services();
        street = TestStreet.create(s);
        brand = s.brand().projects();
    }

    @AfterEach
    void tearDown() {
        ts.close();
    }

    private long running(String name) {
        return BrandProjects.running(brand, street, name);
    }

    @Test
    void progress_addsUpToTheActualIndicators_andKeepsItsFiles() throws Exception {
        long id = running("红色物业议事厅");
        Path photo = Files.write(files.resolve("议事会.png"), AttachmentStoreTest.PNG);

        brand.logProgress(id, LocalDate.of(2026, 5, 6), "召开第一次议事会",
                new Indicators(1, 40, 3, new BigDecimal("500.50")), List.of(photo));
        brand.logProgress(id, LocalDate.of(2026, 6, 6), "维修楼道灯", new Indicators(1, 120, 5, new BigDecimal("1200")),
                List.of());

        assertThat(brand.actual(id)).isEqualTo(new Indicators(2, 160, 8, new BigDecimal("1700.50")));
        List<ProgressEntry> log = brand.progress(id);
        assertThat(log).extracting(ProgressEntry::text).containsExactly("召开第一次议事会", "维修楼道灯");
        assertThat(log.get(0).attachments()).singleElement().satisfies(a -> {
            assertThat(a.originalName()).isEqualTo("议事会.png");
            assertThat(Files.readAllBytes(brand.file(a))).isEqualTo(AttachmentStoreTest.PNG);
        });
    }

    @Test
    void progress_beforeApproval_isRefused_andNoFileIsKept() throws Exception {
        long id = brand.apply(BrandProjects.draft("未立项", street.branch1.id(), null), LocalDate.of(2026, 3, 1), null)
                .id();
        Path photo = Files.write(files.resolve("p.png"), AttachmentStoreTest.PNG);

        assertThatThrownBy(() -> brand.logProgress(id, LocalDate.of(2026, 5, 6), "x", Indicators.ZERO, List.of(photo)))
                .isInstanceOf(BrandException.class);
        assertThat(brand.attachments().folder().resolve(String.valueOf(id))).doesNotExist();
    }

    @Test
    void overview_countsByStatusAndCategory_andTotalsPerCommunity() {
        long a = running("甲");
        running("乙");
        brand.apply(new BrandProject(null, "丙", BrandCategory.RED_PROPERTY, street.branch2.id(), null, 2025, null, null,
                Indicators.ZERO, BigDecimal.ZERO, BrandStatus.APPLIED, 0), LocalDate.of(2025, 3, 1), null);
        brand.logProgress(a, LocalDate.of(2026, 5, 1), "活动", new Indicators(2, 50, 1, BigDecimal.TEN), List.of());

        BrandOverview all = brand.overview(BrandFilter.ALL, "其他");
        BrandOverview y2026 = brand.overview(new BrandFilter(2026, null), "其他");
        BrandOverview branch2 = brand.overview(new BrandFilter(null, street.branch2.id()), "其他");

        assertThat(all.rows()).hasSize(3);
        assertThat(all.board().get(BrandStatus.IN_PROGRESS).get(BrandCategory.MICRO_HAPPINESS)).isEqualTo(2);
        assertThat(all.board().get(BrandStatus.APPLIED).get(BrandCategory.RED_PROPERTY)).isEqualTo(1);
        assertThat(y2026.rows()).hasSize(2);
        assertThat(branch2.rows()).extracting(r -> r.project().name()).containsExactly("丙");
        BrandOverview.CommunityTotals sun = y2026.communities().get("中共阳光社区委员会");
        assertThat(sun.projects()).isEqualTo(2);
        assertThat(sun.planned().peopleServed()).isEqualTo(400);
        assertThat(sun.actual()).isEqualTo(new Indicators(2, 50, 1, BigDecimal.TEN.setScale(2)));
    }

    @Test
    void anEvaluationRound_putsRunningProjectsIntoEvaluation_andRanksThem() {
        long a = running("甲");
        long b = running("乙");
        EvaluationService ev = s.brand().evaluations();

        EvaluationRound round = ev.create(new EvaluationRound(null, "2026 年度展评", 2026, LocalDate.of(2026, 10, 8),
                false, AwardRule.TOP_RANKS, 1, 0,
                List.of(new EvaluationCriterion(null, "创新性", 60), new EvaluationCriterion(null, "实效性", 40)),
                List.of(new Judge(null, "评委甲"), new Judge(null, "评委乙")), List.of(a, b)));
        long c1 = round.criteria().get(0).id();
        long c2 = round.criteria().get(1).id();
        for (Judge j : round.judges()) {
            ev.score(j.id(), a, c1, 80.0);
            ev.score(j.id(), a, c2, 90.0);
            ev.score(j.id(), b, c1, 95.0);
            ev.score(j.id(), b, c2, 95.0);
        }

        assertThat(brand.project(a).status()).isEqualTo(BrandStatus.UNDER_EVALUATION);
        assertThat(brand.steps(a)).last().satisfies(st -> assertThat(st.note()).isEqualTo("2026 年度展评"));
        List<ProjectResult> results = ev.results(round.id());
        assertThat(results).extracting(ProjectResult::projectId).containsExactly(b, a);
        assertThat(results.get(1).score()).isEqualTo(84.0); // 0.6·80 + 0.4·90
        assertThat(results).extracting(ProjectResult::awarded).containsExactly(true, false);
        assertThatThrownBy(() -> ev.score(round.judges().get(0).id(), a, c1, 101.0))
                .isInstanceOf(BrandException.class);

        assertThat(ev.applyAwards(round.id(), LocalDate.of(2026, 11, 1))).isEqualTo(1);
        assertThat(brand.project(b).status()).isEqualTo(BrandStatus.AWARDED);
        assertThat(brand.steps(b)).last().satisfies(st -> {
            assertThat(st.note()).isEqualTo("2026 年度展评 #1");
            assertThat(st.decidingOrgId()).isEqualTo(street.street.id());
        });
        assertThat(brand.project(a).status()).isEqualTo(BrandStatus.UNDER_EVALUATION);
        assertThat(ev.applyAwards(round.id(), LocalDate.of(2026, 11, 2))).isZero(); // nothing twice
    }
}
