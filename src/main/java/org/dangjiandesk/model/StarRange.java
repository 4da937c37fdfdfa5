package org.dangjiandesk.model;

import java.math.BigDecimal;

/** A total of at least {@code minScore} earns {@code star} (the highest matching range wins). */
public record StarRange(StarLevel star, BigDecimal minScore) {
}
