package org.dangjiandesk.logic.sample;

import java.util.List;
import java.util.Set;
import org.dangjiandesk.model.Sex;

/**
 * Fictitious Chinese names: surnames by their real frequency (王, 李, 张 … about 7 % each, rare ones like 欧阳 now
 * and then), given names of one or two characters typical of the decade of birth (建国 and 秀英 for the old,
 * 梓轩 and 欣怡 for the young). Names of well-known people are never produced.
 */
final class NameGenerator {

    /** Surname and weight (‰ of the population, rounded from public surname statistics). */
    private static final Weighted<String> SURNAMES = surnames(
            "王", 71, "李", 70, "张", 67, "刘", 54, "陈", 45, "杨", 31, "黄", 22, "赵", 20, "吴", 20, "周", 19,
            "徐", 15, "孙", 14, "马", 13, "朱", 13, "胡", 12, "郭", 12, "何", 11, "林", 10, "罗", 10, "高", 9,
            "郑", 8, "梁", 8, "谢", 7, "唐", 6, "许", 6, "冯", 6, "宋", 6, "韩", 6, "邓", 6, "彭", 6, "曹", 5,
            "曾", 5, "田", 5, "于", 5, "肖", 5, "潘", 5, "袁", 5, "董", 5, "叶", 5, "杜", 4, "丁", 4, "蒋", 4,
            "程", 4, "余", 4, "吕", 4, "魏", 4, "蔡", 4, "苏", 4, "任", 4, "卢", 4, "沈", 4, "姜", 3, "姚", 3,
            "钟", 3, "崔", 3, "陆", 3, "谭", 3, "汪", 3, "石", 3, "付", 3, "贾", 3, "范", 3, "金", 3, "方", 3,
            "韦", 3, "夏", 3, "廖", 3, "侯", 3, "白", 3, "孟", 3, "邹", 3, "秦", 3, "尹", 3, "江", 2, "熊", 2,
            "薛", 2, "邱", 2, "闫", 2, "段", 2, "雷", 2, "龙", 2, "黎", 2, "史", 2, "陶", 2, "贺", 2, "毛", 2,
            "郝", 2, "顾", 2, "龚", 2, "邵", 2, "万", 2, "钱", 2, "武", 2, "戴", 2, "严", 2, "孔", 2, "汤", 2,
            "葛", 1, "单", 0.5, "解", 0.4, "缪", 0.3, "柏", 0.3, "欧阳", 0.4, "司马", 0.1, "上官", 0.1, "诸葛", 0.05);

    /**
     * Characters of given names by period of birth (before 1960, 1960–79, 1980–94, from 1995): some are usually
     * the first of two (建 in 建军, 秀 in 秀英), others the second or a name on their own.
     */
    private static final List<String> MALE_FIRST = List.of(
            "德福国建志振金宝树学文永明长玉立广云庆", "建卫国红志海文永晓新向立庆春小", "晓志俊海子鹏天家文建明宇浩",
            "子梓浩宇睿俊一嘉思博铭承");
    private static final List<String> MALE_SECOND = List.of(
            "福贵华明林山海清成昌荣祥生才堂", "军伟华平明勇强斌东国兵刚忠峰林宏", "磊鹏涛杰超亮浩飞鑫宇波辉斌峰阳龙刚健勇凯",
            "轩宇博睿宸昊然泽航晨豪翔铭鸿哲楷");
    private static final List<String> FEMALE_FIRST = List.of(
            "秀桂玉淑素翠凤金春月美", "丽红晓春海美秀小玉建雪", "晓婷静丹雪佳文思晶欣", "欣梓诗雨可语思子一佳若");
    private static final List<String> FEMALE_SECOND = List.of(
            "英兰珍芬琴梅荣华娥芳云霞香莲", "萍燕梅霞敏娟芳静华英玲琳艳红丽慧", "婷倩颖蕾洁琳璐莹娜琪佳敏艳静",
            "怡涵萱彤妍琪悦瑶蕊晨然馨");
    /** Whole given names that were popular in each period. */
    private static final List<List<String>> MALE_NAMES = List.of(
            List.of("建国", "国庆", "德胜", "福生", "金宝", "树林", "永昌", "学文", "振华", "志成"),
            List.of("建华", "建军", "卫东", "卫国", "红兵", "志强", "国强", "建平", "海涛", "文斌"),
            List.of("俊杰", "浩然", "鹏飞", "晓东", "志伟", "子健", "天宇", "明辉", "家豪"),
            List.of("梓轩", "浩宇", "宇轩", "子墨", "一鸣", "睿泽", "俊熙", "宇航"));
    private static final List<List<String>> FEMALE_NAMES = List.of(
            List.of("秀英", "桂英", "玉兰", "秀兰", "凤英", "淑珍", "玉珍", "桂兰", "秀珍", "素芬"),
            List.of("丽华", "红梅", "秀梅", "春燕", "海燕", "丽娟", "晓红", "建英", "美玲", "小红"),
            List.of("婷婷", "晓燕", "雪梅", "丹丹", "静怡", "佳琪", "晓丽", "思琪"),
            List.of("欣怡", "梓涵", "诗涵", "雨萱", "一诺", "可欣", "思彤", "语桐"));
    /** Share of one-character given names (张伟) per period. */
    private static final double[] SINGLE_SHARE = {0.25, 0.35, 0.30, 0.15};

    /** Leaders, heroes, scientists, writers, athletes and stars: a sample must never name a real public figure. */
    private static final Set<String> FAMOUS = Set.of(
            "毛泽东", "周恩来", "刘少奇", "朱德", "邓小平", "陈云", "江泽民", "胡锦涛", "习近平", "李克强", "李强",
            "温家宝", "朱镕基", "李鹏", "胡耀邦", "赵紫阳", "华国锋", "彭德怀", "贺龙", "叶剑英", "林彪", "王岐山",
            "张德江", "俞正声", "刘云山", "王沪宁", "赵乐际", "韩正", "蔡奇", "丁薛祥", "李希", "吴邦国", "贾庆林",
            "李长春", "贺国强", "周永康", "薄熙来", "雷锋", "焦裕禄", "孔繁森", "王进喜", "钱学森", "邓稼先",
            "袁隆平", "屠呦呦", "钟南山", "杨利伟", "王亚平", "鲁迅", "巴金", "老舍", "莫言", "成龙", "刘德华",
            "周杰伦", "王菲", "章子怡", "姚明", "刘翔", "李娜", "郎平", "林丹", "李宁", "邓亚萍", "孙杨", "马云",
            "马化腾", "李彦宏", "任正非", "雷军", "王健林", "刘强东", "李白", "杜甫", "王维", "曹操", "刘备",
            "关羽", "张飞", "孙权", "诸葛亮", "刘邦", "项羽", "岳飞", "文天祥", "孙中山", "黄继光", "董存瑞",
            "刘胡兰", "张思德", "白求恩", "王杰", "欧阳海");

    String next(Dice dice, Sex sex, int birthYear) {
        while (true) {
            String name = SURNAMES.pick(dice) + givenName(dice, sex, era(birthYear));
            if (!FAMOUS.contains(name)) {
                return name;
            }
        }
    }

    private static String givenName(Dice dice, Sex sex, int era) {
        boolean male = sex == Sex.MALE;
        String seconds = (male ? MALE_SECOND : FEMALE_SECOND).get(era);
        if (dice.chance(SINGLE_SHARE[era])) {
            return String.valueOf(dice.pick(seconds));
        }
        if (dice.chance(0.35)) {
            return dice.pick((male ? MALE_NAMES : FEMALE_NAMES).get(era));
        }
        char a = dice.pick((male ? MALE_FIRST : FEMALE_FIRST).get(era));
        char b = dice.pick(seconds);
        if (a == b && (male || !dice.chance(0.5))) {
            b = dice.pick(seconds); // 婷婷 and 丹丹 are common for women, rare for men
        }
        return "" + a + b;
    }

    private static int era(int birthYear) {
        if (birthYear < 1960) {
            return 0;
        }
        if (birthYear < 1980) {
            return 1;
        }
        return birthYear < 1995 ? 2 : 3;
    }

    private static Weighted<String> surnames(Object... pairs) {
        Weighted.Builder<String> b = Weighted.builder();
        for (int i = 0; i < pairs.length; i += 2) {
            b.add((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return b.build();
    }
}
