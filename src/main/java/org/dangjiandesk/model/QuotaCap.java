package org.dangjiandesk.model;

/**
 * At most {@code maxPercent} % of an organisation's rated members may hold {@code star} (e.g. ≤ 5 % five-star);
 * shown as a warning, never enforced.
 */
public record QuotaCap(StarLevel star, int maxPercent) {
}
