package org.dangjiandesk.model;

import java.time.LocalDate;
import java.util.List;

/** One dated entry of a project's progress log: what was done, what it added to the indicators, its files. */
public record ProgressEntry(Long id, long projectId, LocalDate date, String text, Indicators added,
                           List<Attachment> attachments) {
    public ProgressEntry {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
