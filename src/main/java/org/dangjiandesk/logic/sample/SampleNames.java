package org.dangjiandesk.logic.sample;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names of the fictitious street and everything in it: communities, compounds, firms, outside organisations.
 * The city 岚州 and its districts do not exist; compound and firm names are common words, made unique.
 */
final class SampleNames {
    static final String CITY = "岚州市";
    static final String DISTRICT = "东岚区";
    static final String STREET = "枫岚街道";
    static final String ADDRESS_PREFIX = CITY + DISTRICT + STREET;

    static final List<String> COMMUNITIES = List.of(
            "枫林", "岚山", "翠竹", "桂园", "梅苑", "兰亭", "锦绣", "春晖", "阳光", "幸福", "康乐", "安居", "明珠",
            "金桥", "银杏", "枫桥", "柳岸", "荷塘", "清泉", "文昌", "育才", "友谊", "和平", "新华", "滨河", "湖畔",
            "紫荆", "玉兰", "丹桂", "书香", "星湖", "月湾", "云锦", "鹿鸣", "青石", "望湖", "朝阳", "东岚");

    private static final String[] COMPOUND_WORDS = {
        "翠竹", "锦绣", "金色", "香樟", "银杏", "御景", "滨江", "东方", "紫薇", "丽景", "怡和", "嘉禾", "和美",
        "康居", "瑞祥", "盛世", "碧水", "雅致", "绿洲", "春江", "秋实", "枫丹", "桃源", "梧桐", "海棠", "芙蓉",
        "青竹", "松涛", "听涛", "观澜", "晨曦", "朝晖", "明月", "星河", "云顶", "天悦", "华府", "书香", "文澜",
        "鹿苑", "兰园", "梅园", "菊园", "新岚", "岚湖", "岚江", "岚翠", "南湖", "北苑", "西溪", "东篱", "长乐",
        "永安", "福寿", "吉祥", "百合", "丁香", "水岸", "山水", "龙湾"};
    private static final String[] COMPOUND_KINDS = {
        "花园", "新村", "家园", "苑", "公寓", "名邸", "华庭", "佳苑", "雅居", "嘉园", "一村", "二村", "小区",
        "湾", "府"};
    private static final String[] FIRM_PLACES = {"岚州", "东岚", "西岚", "岚湖", "青溪", "石门"};
    private static final String[] FIRM_WORDS = {
        "恒泰", "瑞丰", "鼎盛", "华宇", "新越", "启明", "锐达", "安和", "博创", "联众", "金诚", "永信", "嘉诚",
        "天成", "弘远", "汇通", "润禾", "远帆", "正阳", "鸿图", "同创", "德润", "优品", "青禾", "宏泰", "达恒",
        "信和", "众合", "昌隆", "致远"};
    private static final String[] FIRM_KINDS = {
        "科技有限公司", "物流有限公司", "建筑工程有限公司", "物业服务有限公司", "餐饮管理有限公司",
        "医药连锁有限公司", "信息技术有限公司", "电子商务有限公司", "环保科技有限公司", "教育咨询有限公司",
        "机械制造有限公司", "商贸有限公司"};
    /** 联合党支部 of the street's 两新 organisations, by trade or site. */
    static final List<String> JOINT_TRADES = List.of(
            "商务楼宇", "沿街商户", "物流行业", "餐饮行业", "律师行业", "教育培训机构", "物业服务企业",
            "社会组织", "个体工商户", "电子商务", "家政服务", "美容美发行业");
    static final List<String> OFFICE_BRANCHES = List.of(
            "机关第一", "机关第二", "社区卫生服务中心", "综合行政执法队", "便民服务中心", "城市管理办公室");

    /** Where floating members went (real cities: destinations are not personal data). */
    static final List<String> DESTINATIONS = List.of(
            "广东省深圳市", "广东省广州市", "上海市浦东新区", "浙江省杭州市", "江苏省苏州市", "北京市朝阳区",
            "福建省厦门市", "浙江省宁波市", "四川省成都市", "湖北省武汉市", "天津市滨海新区", "山东省青岛市");
    /** 籍贯: mostly the fictitious home prefecture, else real provinces and cities. */
    static final List<String> OTHER_NATIVE_PLACES = List.of(
            "山东临沂", "安徽阜阳", "河南周口", "浙江温州", "江苏南通", "湖北黄冈", "四川南充", "湖南衡阳",
            "河北保定", "江西赣州", "山东潍坊", "安徽六安", "上海", "黑龙江齐齐哈尔", "辽宁锦州");
    static final String LOCAL_NATIVE_PLACE = "江苏岚州";
    /** Organisations outside the street that members were transferred from or to (fictitious). */
    static final List<String> OUTSIDE_ORGS = List.of(
            "中共岚州市西岚区桃源街道工作委员会", "中共岚州市岚湖区湖滨街道工作委员会", "中共青溪县城关镇委员会",
            "中共石门县石门镇委员会", "中共岚江市东城街道工作委员会", "中共岚州市东岚区云台街道工作委员会",
            "中共岚州市西岚区北关街道工作委员会", "中共岚州职业技术学院委员会", "中共岚州市第一人民医院委员会");

    private final Set<String> compounds = new HashSet<>();
    private final Set<String> firms = new HashSet<>();

    /** A compound name not used before in this street: 翠竹花园, then 翠竹花园二期 … */
    String compound(Dice dice) {
        String word = COMPOUND_WORDS[dice.between(0, COMPOUND_WORDS.length - 1)];
        String kind;
        do {
            kind = COMPOUND_KINDS[dice.between(0, COMPOUND_KINDS.length - 1)];
        } while (sharesCharacter(word, kind)); // no 龙湾湾 or 兰园嘉园
        return unique(compounds, word + kind, "期");
    }

    /** A firm name not used before: 岚州恒泰物流有限公司, 青溪瑞丰科技有限公司 … */
    String firm(Dice dice) {
        String name = "";
        for (int attempt = 0; attempt < 100; attempt++) {
            name = FIRM_PLACES[dice.between(0, FIRM_PLACES.length - 1)]
                    + FIRM_WORDS[dice.between(0, FIRM_WORDS.length - 1)]
                    + FIRM_KINDS[dice.between(0, FIRM_KINDS.length - 1)];
            if (firms.add(name)) {
                return name;
            }
        }
        return unique(firms, name, "分公司");
    }

    private static boolean sharesCharacter(String a, String b) {
        return a.chars().anyMatch(c -> b.indexOf(c) >= 0);
    }

    private static String unique(Set<String> used, String base, String suffix) {
        String name = base;
        for (int n = 2; !used.add(name); n++) {
            name = base + ChineseNumerals.of(n) + suffix;
        }
        return name;
    }
}
