package org.dangjiandesk.logic.sample;

import java.util.ArrayList;
import java.util.List;

/** A fixed list of choices with relative weights (they need not add up to 1), picked with a {@link Dice}. */
final class Weighted<T> {
    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, double[] cumulative) {
        this.items = items;
        this.cumulative = cumulative;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    T pick(Dice dice) {
        double x = dice.between(0.0, cumulative[cumulative.length - 1]);
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return items.get(lo);
    }

    /** Collects choices in a fixed order, so picks stay reproducible. */
    static final class Builder<T> {
        private final List<T> items = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder<T> add(T item, double weight) {
            if (weight <= 0) {
                throw new IllegalArgumentException("weight must be positive");
            }
            items.add(item);
            weights.add(weight);
            return this;
        }

        Weighted<T> build() {
            double[] cumulative = new double[weights.size()];
            double sum = 0;
            for (int i = 0; i < cumulative.length; i++) {
                sum += weights.get(i);
                cumulative[i] = sum;
            }
            return new Weighted<>(List.copyOf(items), cumulative);
        }
    }
}
