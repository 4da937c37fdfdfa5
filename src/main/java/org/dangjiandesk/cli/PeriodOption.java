package org.dangjiandesk.cli;

import org.dangjiandesk.model.StatPeriod;
import picocli.CommandLine;

/** Reads {@code 2026Q3}, {@code 2026H1} or {@code 2026} into a {@link StatPeriod}; anything else is a usage error. */
final class PeriodOption implements CommandLine.ITypeConverter<StatPeriod> {
    @Override
    public StatPeriod convert(String value) {
        try {
            return StatPeriod.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("2026Q3 / 2026H1 / 2026: " + value);
        }
    }
}
