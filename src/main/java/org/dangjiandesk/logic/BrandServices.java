package org.dangjiandesk.logic;

import org.dangjiandesk.logic.brand.BrandService;
import org.dangjiandesk.logic.brand.EvaluationService;

/** Brand projects (党建品牌, 书记项目, 微幸福项目): projects and their lifecycle, and evaluation rounds (展评). */
public record BrandServices(BrandService projects, EvaluationService evaluations) {
}
