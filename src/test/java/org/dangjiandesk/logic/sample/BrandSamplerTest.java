package org.dangjiandesk.logic.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.brand.BrandFilter;
import org.dangjiandesk.logic.brand.BrandLifecycle;
import org.dangjiandesk.logic.brand.ProjectResult;
import org.dangjiandesk.logic.brand.ProjectRow;
import org.dangjiandesk.model.BrandStatus;
import org.dangjiandesk.model.BrandStep;
import org.dangjiandesk.model.EvaluationRound;
import org.dangjiandesk.testutil.TestServices;
import org.junit.jupiter.api.Test;

/** The sample street's brand projects keep every rule of the lifecycle. */
class BrandSamplerTest {
    @Test
    void sampleProjects_coverTheStatuses_andEveryRecordedStepIsAllowedAndInOrder() {
        try (TestServices ts = new TestServices()) {
            Services s = ts.services();
            LocalDate asOf = TestServices.TODAY;
            s.sample().generate(new SampleOptions(400, SampleOptions.DEFAULT_SEED, asOf), (d, t) -> { }, () -> false);

            List<ProjectRow> rows = s.brand().projects().rows(BrandFilter.ALL);
            assertThat(rows).hasSize(BrandSampler.PROJECTS);
            Set<BrandStatus> seen = EnumSet.noneOf(BrandStatus.class);
            for (ProjectRow r : rows) {
                seen.add(r.project().status());
                List<BrandStep> steps = s.brand().projects().steps(r.project().id());
                assertThat(steps.get(0).from()).isNull();
                assertThat(steps.get(0).to()).isEqualTo(BrandStatus.APPLIED);
                for (int i = 1; i < steps.size(); i++) {
                    BrandStep st = steps.get(i);
                    assertThat(BrandLifecycle.allowed(st.from(), st.to())).as(st.toString()).isTrue();
                    assertThat(st.from()).isEqualTo(steps.get(i - 1).to());
                    assertThat(st.date()).isAfterOrEqualTo(steps.get(i - 1).date()).isBeforeOrEqualTo(asOf);
                    if (BrandLifecycle.needsReason(st.to())) {
                        assertThat(st.note()).isNotBlank();
                    }
                }
                assertThat(steps.get(steps.size() - 1).to()).isEqualTo(r.project().status());
            }
            assertThat(seen).hasSizeGreaterThanOrEqualTo(7);
            EvaluationRound round = s.brand().evaluations().rounds().get(0);
            List<ProjectResult> results = s.brand().evaluations().results(round.id());
            assertThat(results).hasSize(round.projectIds().size()).allMatch(r -> r.score() != null && r.trimmed());
        }
    }
}
