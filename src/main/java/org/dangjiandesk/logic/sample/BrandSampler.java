package org.dangjiandesk.logic.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjiandesk.logic.brand.BrandLifecycle;
import org.dangjiandesk.logic.org.Communities;
import org.dangjiandesk.logic.org.OrgTree;
import org.dangjiandesk.model.AwardRule;
import org.dangjiandesk.model.BrandCategory;
import org.dangjiandesk.model.BrandProject;
import org.dangjiandesk.model.BrandStatus;
import org.dangjiandesk.model.BrandStep;
import org.dangjiandesk.model.EvaluationCriterion;
import org.dangjiandesk.model.EvaluationRound;
import org.dangjiandesk.model.Indicators;
import org.dangjiandesk.model.Judge;
import org.dangjiandesk.model.OrgUnit;
import org.dangjiandesk.model.ProgressEntry;
import org.dangjiandesk.model.RosterEntry;
import org.dangjiandesk.store.Repositories;

/**
 * Fictitious brand projects for the sample street: 36 projects over last year and this year in every category and
 * status, each with its recorded lifecycle (every step allowed by {@link BrandLifecycle}, dated in order, never
 * after the sample's date), progress logs for the projects that ran, and this year's evaluation round (展评) with
 * five judges and their scores. No attachments: the sample has no files.
 */
final class BrandSampler {
    static final int PROJECTS = 36;
    private static final List<String> THEMES = List.of("邻里红", "暖心驿站", "银龄互助", "红色议事厅", "四点半课堂",
            "楼道微治理", "党员先锋岗", "共享菜园", "老旧小区加梯", "红色物业联席会", "社区食堂", "睦邻书屋", "平安守护",
            "垃圾分类积分", "微心愿认领", "健康小屋", "退役军人服务站", "新就业群体驿站");
    private static final List<String> JUDGES = List.of("周明华", "吴建平", "郑晓燕", "王立新", "陈秀兰");
    private static final List<String> TERMINATION_REASONS = List.of("场地无法落实，经社区党委研究终止",
            "与区级民生项目合并实施", "资金未能到位，暂停实施");
    private static final List<String> REJECTION_REASONS = List.of("与已立项项目内容重复", "可行性不足，建议完善后明年再报",
            "预算测算依据不充分");

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BrandSampler.class);

    private final Repositories repos;
    private final Dice dice;
    private final LocalDate today;

    BrandSampler(Repositories repos, SampleOptions options) {
        this.repos = repos;
        this.dice = new Dice(options.seed() * 31 + 6);
        this.today = options.referenceDate();
    }

    /** Writes the projects and returns how many. */
    int fill() {
        long start = System.nanoTime();
        int n = write();
        LOG.info("sample brand projects written: {} in {} ms", n, (System.nanoTime() - start) / 1_000_000);
        return n;
    }

    private int write() {
        OrgTree tree = new OrgTree(repos.orgs().findAll());
        List<OrgUnit> communities = Communities.all(tree).stream().filter(OrgUnit::isActive).toList();
        if (communities.isEmpty() || tree.roots().isEmpty()) {
            return 0;
        }
        long street = tree.roots().get(0).id();
        Map<Long, List<RosterEntry>> byCommunity = new HashMap<>();
        for (RosterEntry e : repos.members().firstRosterEntries(4000)) {
            Communities.communityOf(tree, e.orgId())
                    .ifPresent(c -> byCommunity.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(e));
        }
        int thisYear = today.getYear();
        LocalDate evaluationDay = LocalDate.of(thisYear, 10, 8);
        List<Long> inEvaluation = new ArrayList<>();
        for (int i = 0; i < PROJECTS; i++) {
            int year = i < PROJECTS / 3 ? thisYear - 1 : thisYear;
            OrgUnit community = communities.get(i % communities.size());
            List<OrgUnit> branches = tree.childrenOf(community.id()).stream().filter(OrgUnit::isActive).toList();
            BrandCategory category = BrandCategory.values()[i % BrandCategory.values().length];
            OrgUnit owner = category == BrandCategory.COMMUNITY_BRAND || branches.isEmpty() ? community
                    : dice.pick(branches);
            Set<Long> ownerIds = tree.subtreeIds(owner.id());
            List<RosterEntry> candidates = byCommunity.getOrDefault(community.id(), List.of()).stream()
                    .filter(e -> ownerIds.contains(e.orgId())).toList();
            Long leader = candidates.isEmpty() ? null : dice.pick(candidates).id();
            BrandProject p = repos.brand().insert(project(year, category, community, owner, leader));
            BrandStatus target = target(year == thisYear);
            BrandStatus reached = walk(p, target, street, owner.id(), LocalDate.of(year, 1, 5), evaluationDay);
            if (reached == BrandStatus.UNDER_EVALUATION && year == thisYear) {
                inEvaluation.add(p.id());
            }
        }
        if (inEvaluation.size() >= 2) {
            evaluation(thisYear, evaluationDay, inEvaluation);
        }
        return PROJECTS;
    }

    private BrandProject project(int year, BrandCategory category, OrgUnit community, OrgUnit owner, Long leader) {
        String theme = dice.pick(THEMES);
        String name = switch (category) {
            case COMMUNITY_BRAND -> community.displayName() + "“" + theme + "”党建品牌";
            case BRANCH_FEATURE -> owner.displayName() + "“" + theme + "”特色支部";
            case SECRETARY_PROJECT -> "书记领办：" + theme;
            case LIVELIHOOD -> theme + "民生实事";
            case MICRO_HAPPINESS -> "微幸福·" + theme;
            case RED_PROPERTY -> "红色物业·" + theme;
        };
        int activities = dice.between(6, 24);
        int people = dice.between(10, 80) * 10;
        int problems = dice.between(5, 40);
        BigDecimal budget = BigDecimal.valueOf(dice.between(5, 60) * 1000L);
        BigDecimal funds = budget.multiply(BigDecimal.valueOf(dice.between(70, 100))).divide(BigDecimal.valueOf(100));
        return new BrandProject(null, name, category, owner.id(), leader, year,
                "围绕“" + theme + "”，由" + owner.displayName() + "牵头，联合辖区单位和在职党员开展服务。",
                "全年开展活动 " + activities + " 次，服务群众 " + people + " 人次，解决问题 " + problems + " 个。",
                new Indicators(activities, people, problems, funds.setScale(2)), budget.setScale(2), BrandStatus.APPLIED,
                0);
    }

    private BrandStatus target(boolean thisYear) {
        double d = dice.between(0.0, 1.0);
        if (!thisYear) {
            return d < 0.40 ? BrandStatus.AWARDED : d < 0.75 ? BrandStatus.CONCLUDED
                    : d < 0.85 ? BrandStatus.TERMINATED : BrandStatus.REJECTED;
        }
        return d < 0.15 ? BrandStatus.APPLIED : d < 0.25 ? BrandStatus.REJECTED : d < 0.40 ? BrandStatus.APPROVED
                : d < 0.70 ? BrandStatus.IN_PROGRESS : BrandStatus.UNDER_EVALUATION;
    }

    /** Records the steps from the application towards {@code target}, stopping where the dates reach today. */
    private BrandStatus walk(BrandProject p, BrandStatus target, long street, long owner, LocalDate yearStart,
                             LocalDate evaluationDay) {
        List<BrandStatus> path = switch (target) {
            case APPLIED -> List.of();
            case REJECTED -> List.of(BrandStatus.REJECTED);
            case APPROVED -> List.of(BrandStatus.APPROVED);
            case IN_PROGRESS -> List.of(BrandStatus.APPROVED, BrandStatus.IN_PROGRESS);
            case UNDER_EVALUATION -> List.of(BrandStatus.APPROVED, BrandStatus.IN_PROGRESS, BrandStatus.UNDER_EVALUATION);
            case AWARDED -> List.of(BrandStatus.APPROVED, BrandStatus.IN_PROGRESS, BrandStatus.UNDER_EVALUATION,
                    BrandStatus.AWARDED);
            case CONCLUDED -> List.of(BrandStatus.APPROVED, BrandStatus.IN_PROGRESS, BrandStatus.CONCLUDED);
            case TERMINATED -> List.of(BrandStatus.APPROVED, BrandStatus.IN_PROGRESS, BrandStatus.TERMINATED);
        };
        LocalDate date = dice.dayBetween(yearStart, yearStart.plusDays(60));
        if (date.isAfter(today)) {
            date = today;
        }
        step(p.id(), null, BrandStatus.APPLIED, date, owner, null);
        BrandStatus at = BrandStatus.APPLIED;
        LocalDate runningSince = null;
        for (BrandStatus next : path) {
            LocalDate when = switch (next) {
                case APPROVED, REJECTED -> date.plusDays(dice.between(10, 30));
                case IN_PROGRESS -> date.plusDays(dice.between(7, 25));
                case UNDER_EVALUATION -> evaluationDay.withYear(p.year());
                case AWARDED -> evaluationDay.withYear(p.year()).plusDays(dice.between(14, 30));
                default -> date.plusDays(dice.between(120, 220));
            };
            if (when.isAfter(today) || when.isBefore(date)) {
                break;
            }
            if (!BrandLifecycle.allowed(at, next)) {
                throw new IllegalStateException("sample path not allowed: " + at + " → " + next);
            }
            String note = switch (next) {
                case REJECTED -> dice.pick(REJECTION_REASONS);
                case TERMINATED -> dice.pick(TERMINATION_REASONS);
                case APPROVED -> "街道党工委会议研究同意立项";
                case UNDER_EVALUATION -> p.year() + "年度党建品牌项目展评";
                default -> null;
            };
            long by = next == BrandStatus.IN_PROGRESS ? owner : street;
            step(p.id(), at, next, when, by, note);
            if (next == BrandStatus.IN_PROGRESS) {
                runningSince = when;
            }
            if (runningSince != null && next != BrandStatus.IN_PROGRESS) {
                progress(p, runningSince, when);
                runningSince = null;
            }
            at = next;
            date = when;
        }
        if (runningSince != null) {
            progress(p, runningSince, today);
        }
        if (at != BrandStatus.APPLIED) {
            repos.brand().update(repos.brand().findById(p.id()).orElseThrow().withStatus(at));
        }
        return at;
    }

    private void step(long projectId, BrandStatus from, BrandStatus to, LocalDate date, long by, String note) {
        repos.brand().insertStep(new BrandStep(null, projectId, from, to, date, by, note,
                date.atTime(9, 30).toInstant(ZoneOffset.ofHours(8))));
    }

    /** Two to five entries between two days, adding up to 40–110 % of the plan pro rata. */
    private void progress(BrandProject p, LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return;
        }
        int entries = dice.between(2, 5);
        double share = dice.between(0.4, 1.1) / entries;
        LocalDate day = from;
        for (int i = 0; i < entries; i++) {
            day = dice.dayBetween(day.plusDays(1), to);
            if (day.isAfter(to)) {
                break;
            }
            Indicators plan = p.planned();
            Indicators added = new Indicators(Math.max(1, (int) Math.round(plan.activities() * share)),
                    (int) Math.round(plan.peopleServed() * share), (int) Math.round(plan.problemsSolved() * share),
                    plan.fundsUsed().multiply(BigDecimal.valueOf(share)).setScale(2, java.math.RoundingMode.HALF_UP));
            repos.brand().insertProgress(new ProgressEntry(null, p.id(), day,
                    dice.pick(List.of("组织党员志愿者开展服务", "召开居民议事会，收集意见", "联合共建单位开展主题活动",
                            "走访困难群众，协调解决实际问题", "完成阶段性建设任务并公示")) + "。",
                    added, List.of()));
        }
    }

    private void evaluation(int year, LocalDate day, List<Long> projects) {
        EvaluationRound round = repos.evaluations().insert(new EvaluationRound(null, year + "年度党建品牌项目展评", year,
                day, true, AwardRule.TOP_RANKS, Math.max(1, projects.size() / 3), 0,
                List.of(new EvaluationCriterion(null, "创新性", 30), new EvaluationCriterion(null, "实效性", 30),
                        new EvaluationCriterion(null, "群众受惠面", 25), new EvaluationCriterion(null, "可复制性", 15)),
                JUDGES.stream().map(n -> new Judge(null, n)).toList(), projects));
        for (long projectId : projects) {
            int quality = dice.between(70, 94);
            for (Judge j : round.judges()) {
                int judgeBias = dice.between(-6, 6);
                for (EvaluationCriterion c : round.criteria()) {
                    int points = Math.max(0, Math.min(100, quality + judgeBias + dice.between(-4, 4)));
                    repos.evaluations().putScore(j.id(), projectId, c.id(), (double) points);
                }
            }
        }
    }
}
