package org.dangjiandesk.logic.excel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dangjiandesk.testutil.TestStreet;

/** Roster sheets the way clerks make them (title, 填报单位 line, two-row header, notes), for import tests. */
public final class RosterSheets {
    public static final List<Object> HEADER = List.of("序号", "姓名", "性别", "民族", "公民身份号码", "出生日期", "学历", "人员类别",
            "所在党支部", "加入党组织日期", "转为正式党员日期", "联系电话", "", "工作岗位", "爱好");
    public static final List<Object> SUB_HEADER = Arrays.asList(null, null, null, null, null, null, null, null, null, null,
            null, "手机号码", "固定电话");
    public static final String B1 = "阳光社区第一党支部";

    public static String id(int year, int month, int day, int seq) {
        return TestStreet.idNumber("320506", LocalDate.of(year, month, day), seq);
    }

    /** A member row; {@code overrides} replace columns by header name. */
    public static List<Object> row(int no, String name, Object id, Object... overrides) {
        List<Object> r = new ArrayList<>(Arrays.asList(no, name, null, "汉族", id, null, "大学本科", "正式党员", B1,
                "1995-07-01", "1996-07-01", "13812345678", null, "退休人员", "书法"));
        for (int i = 0; i < overrides.length; i += 2) {
            r.set(HEADER.indexOf(overrides[i]), overrides[i + 1]);
        }
        return r;
    }

    public static List<List<Object>> sheet(List<Object>... dataRows) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("阳光社区党员花名册"));
        rows.add(List.of("填报单位：阳光社区党委（盖章）", "", "", "", "截止日期：2026年10月31日"));
        rows.add(HEADER);
        rows.add(SUB_HEADER);
        rows.addAll(Arrays.asList(dataRows));
        rows.add(List.of());
        rows.add(List.of("注：人员类别填写正式党员或预备党员"));
        rows.add(List.of("", "填表人：王五", "", "", "联系电话：0512-66668888"));
        return rows;
    }

    private RosterSheets() {
    }
}
