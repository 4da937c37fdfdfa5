package org.dangjiandesk.model;

/** The age bands of the national party statistics: ≤30, 31–35, …, 56–60, ≥61. */
public enum AgeBand {
    UP_TO_30(0, 30), FROM_31_TO_35(31, 35), FROM_36_TO_40(36, 40), FROM_41_TO_45(41, 45),
    FROM_46_TO_50(46, 50), FROM_51_TO_55(51, 55), FROM_56_TO_60(56, 60), FROM_61(61, Integer.MAX_VALUE);

    private final int min;
    private final int max;

    AgeBand(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public static AgeBand of(int age) {
        for (AgeBand band : values()) {
            if (age <= band.max) {
                return band;
            }
        }
        return FROM_61;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
