package org.dangjiandesk.logic.brand;

/** Which projects to show: a year and an organisation (with everything below it); null means all. */
public record BrandFilter(Integer year, Long orgId) {
    public static final BrandFilter ALL = new BrandFilter(null, null);
}
