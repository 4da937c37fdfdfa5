package org.dangjiandesk.logic;

import org.dangjiandesk.logic.brand.BrandService;
import org.dangjiandesk.logic.brand.EvaluationService;
import org.dangjiandesk.logic.excel.brand.BrandSheets;

/** Brand projects (党建品牌, 书记项目, 微幸福项目): projects and their lifecycle, and evaluation rounds (展评), and their workbooks. */
public record BrandServices(BrandService projects, EvaluationService evaluations, BrandSheets sheets) {
}
