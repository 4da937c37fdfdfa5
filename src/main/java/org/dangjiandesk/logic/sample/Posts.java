package org.dangjiandesk.logic.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjiandesk.logic.sample.MemberFactory.Draft;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.model.MemberCategory;
import org.dangjiandesk.model.PartyStatus;

/**
 * Party posts (党内职务) in one branch: senior posts of the unit above (社区党委书记) first, then the branch
 * secretary, the committee members when the branch has a committee, and one leader (组长) per 党小组. Posts go to
 * full members in good standing who can be reached (not lost, not away).
 */
final class Posts {
    static final String BRANCH_SECRETARY = "党支部书记";
    static final String GROUP_LEADER = "党小组组长";
    /** 工作岗位 社区工作人员: a community's own secretary is usually one. */
    private static final String COMMUNITY_WORKER = "81";
    private static final List<String> SMALL_COMMITTEE = List.of("组织委员", "宣传委员");
    private static final List<String> LARGE_COMMITTEE = List.of("副书记", "组织委员", "宣传委员", "纪检委员");

    private Posts() {
    }

    /** The key under which the leader of group {@code g} is returned. */
    static String groupLeaderKey(int g) {
        return GROUP_LEADER + "#" + g;
    }

    /** Sets the posts on the drafts (replacing them in the list) and returns the holders by post. */
    static Map<String, Member> assign(List<Draft> drafts, List<Integer> groupOf, int groups, boolean committee,
            List<String> seniorPosts, LocalDate today) {
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (mayHoldPost(drafts.get(i).member(), today)) {
                eligible.add(i);
            }
        }
        List<String> posts = new ArrayList<>(seniorPosts);
        posts.add(BRANCH_SECRETARY);
        if (committee) {
            posts.addAll(drafts.size() >= 30 ? LARGE_COMMITTEE : SMALL_COMMITTEE);
        }
        Map<String, Member> holders = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (String post : posts) {
            int i = pick(drafts, eligible, taken, post.startsWith("社区") ? COMMUNITY_WORKER : null);
            if (i < 0) {
                break;
            }
            holders.put(post, give(drafts, i, post));
            taken.add(i);
        }
        for (int g = 0; g < groups; g++) {
            for (int i : eligible) {
                if (groupOf.get(i) == g && !taken.contains(i)) {
                    holders.put(groupLeaderKey(g), give(drafts, i, GROUP_LEADER));
                    taken.add(i);
                    break;
                }
            }
        }
        return holders;
    }

    /** The first eligible member not yet posted, preferring one with the given 工作岗位; -1 if none is left. */
    private static int pick(List<Draft> drafts, List<Integer> eligible, Set<Integer> taken, String jobPost) {
        int fallback = -1;
        for (int i : eligible) {
            if (!taken.contains(i)) {
                if (jobPost == null || jobPost.equals(drafts.get(i).member().jobPostCode())) {
                    return i;
                }
                if (fallback < 0) {
                    fallback = i;
                }
            }
        }
        return fallback;
    }

    private static boolean mayHoldPost(Member m, LocalDate today) {
        int age = m.ageOn(today);
        return m.isCurrent() && m.category() == MemberCategory.FULL && m.partyStatus() == PartyStatus.NORMAL
                && !m.lostContact() && !m.floating() && age >= 28 && age <= 70;
    }

    private static Member give(List<Draft> drafts, int index, String post) {
        Draft d = drafts.get(index);
        Member m = d.member().toBuilder().partyPost(post).build();
        drafts.set(index, d.withMember(m));
        return m;
    }
}
