package org.dangjiandesk.logic.brand;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dangjiandesk.model.BrandCategory;
import org.dangjiandesk.model.BrandProject;
import org.dangjiandesk.model.BrandStatus;
import org.dangjiandesk.model.Indicators;
import org.dangjiandesk.testutil.TestStreet;

/** Project drafts and projects in a given state, for tests. */
public final class BrandProjects {
    private BrandProjects() {
    }

    public static BrandProject draft(String name, long orgId, Long leaderId) {
        return new BrandProject(null, name, BrandCategory.MICRO_HAPPINESS, orgId, leaderId, 2026,
                "为独居老人送餐上门", "全年服务独居老人 200 人次",
                new Indicators(12, 200, 30, new BigDecimal("8000.00")), new BigDecimal("10000.00"),
                BrandStatus.APPLIED, 0);
    }

    /** A project of the test street's first branch, applied, approved and now running (实施中). */
    public static long running(BrandService brand, TestStreet street, String name) {
        long id = brand.apply(draft(name, street.branch1.id(), street.liFang.id()),
                LocalDate.of(2026, 3, 1), null).id();
        brand.move(id, BrandStatus.APPROVED, LocalDate.of(2026, 3, 10), street.street.id(), null);
        brand.move(id, BrandStatus.IN_PROGRESS, LocalDate.of(2026, 4, 1), street.community.id(), null);
        return id;
    }
}
