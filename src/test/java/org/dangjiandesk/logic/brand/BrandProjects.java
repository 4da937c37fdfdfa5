package org.dangjiandesk.logic.brand;

import java.math.BigDecimal;
import org.dangjiandesk.model.BrandCategory;
import org.dangjiandesk.model.BrandProject;
import org.dangjiandesk.model.BrandStatus;
import org.dangjiandesk.model.Indicators;

/** Project drafts for tests. */
public final class BrandProjects {
    private BrandProjects() {
    }

    public static BrandProject draft(String name, long orgId, Long leaderId) {
        return new BrandProject(null, name, BrandCategory.MICRO_HAPPINESS, orgId, leaderId, 2026,
                "为独居老人送餐上门", "全年服务独居老人 200 人次",
                new Indicators(12, 200, 30, new BigDecimal("8000.00")), new BigDecimal("10000.00"),
                BrandStatus.APPLIED, 0);
    }
}
