package org.dangjiandesk.logic.excel.roster;

/** The standard name lists sent up to the district; each has a title {@code export.list.<NAME>}. */
public enum NameList {
    /** 党员花名册: the national 16 items of every current member. */
    ROSTER,
    /** 转入党员名册: members transferred in during the period. */
    TRANSFERRED_IN,
    /** 转出党员名册: members transferred out during the period. */
    TRANSFERRED_OUT,
    /** 死亡党员名册: members who died during the period. */
    DIED,
    /** 预备党员名册: probationary members at the end of the period. */
    PROBATIONARY;

    public String titleKey() {
        return "export.list." + name();
    }

    /** Parses a command-line name such as "transferred-in" or "转入". */
    public static NameList parse(String s) {
        String k = s.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (NameList l : values()) {
            if (l.name().equals(k)) {
                return l;
            }
        }
        return switch (s.strip()) {
            case "花名册" -> ROSTER;
            case "转入" -> TRANSFERRED_IN;
            case "转出" -> TRANSFERRED_OUT;
            case "死亡" -> DIED;
            case "预备" -> PROBATIONARY;
            default -> throw new IllegalArgumentException(s);
        };
    }
}
