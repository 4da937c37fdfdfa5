package org.dangjiandesk.logic.rating;

import org.dangjiandesk.model.StarLevel;

/** More members hold {@code star} than the scheme's quota allows: {@code count} of {@code rated}, at most {@code allowed}. */
public record QuotaWarning(StarLevel star, int count, int rated, int allowed, int maxPercent) {
}
