package org.dangjiandesk.cli;

import java.time.LocalDate;
import org.dangjiandesk.logic.stats.Cover;
import picocli.CommandLine.Option;

/** The cover of a report workbook: 负责人, 填表人, 联系电话, 报出日期 (today unless given). */
final class CoverOptions {
    @Option(names = "--head", paramLabel = "NAME", descriptionKey = "cli.stats.head")
    String head;

    @Option(names = "--preparer", paramLabel = "NAME", descriptionKey = "cli.stats.preparer")
    String preparer;

    @Option(names = "--phone", paramLabel = "PHONE", descriptionKey = "cli.stats.phone")
    String phone;

    @Option(names = "--reported-on", paramLabel = "DATE", descriptionKey = "cli.stats.reportedOn")
    LocalDate reportedOn;

    Cover cover(String unitName, LocalDate today) {
        return new Cover(unitName, head, preparer, phone, reportedOn == null ? today : reportedOn);
    }
}
