package org.dangjiandesk.logic.backup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which automatic backups to keep: the newest of each of the last 7 days, 4 weeks (ISO) and 12 months that have
 * one (a day, week or month without backups does not use up a place). Manual and before-restore backups are never
 * removed by rotation.
 */
public record Rotation(int days, int weeks, int months) {
    public static final Rotation DEFAULT = new Rotation(7, 4, 12);

    /** The automatic backups among {@code backups} that no rule keeps. */
    public List<BackupInfo> toRemove(List<BackupInfo> backups) {
        List<BackupInfo> automatic = backups.stream().filter(b -> b.kind().automatic())
                .sorted(Comparator.comparing(BackupInfo::created).reversed()).toList();
        Set<BackupInfo> keep = new HashSet<>();
        keep.addAll(newestPer(automatic, b -> b.created().toLocalDate(), days));
        keep.addAll(newestPer(automatic, b -> week(b.created().toLocalDate()), weeks));
        keep.addAll(newestPer(automatic, b -> YearMonth.from(b.created()), months));
        return automatic.stream().filter(b -> !keep.contains(b)).toList();
    }

    /** From backups sorted newest first: the first of each period, for the {@code limit} newest periods. */
    private static <K> List<BackupInfo> newestPer(List<BackupInfo> newestFirst, Function<BackupInfo, K> period,
                                                  int limit) {
        Map<K, BackupInfo> first = new LinkedHashMap<>();
        for (BackupInfo b : newestFirst) {
            K key = period.apply(b);
            if (!first.containsKey(key)) {
                if (first.size() == limit) {
                    break;
                }
                first.put(key, b);
            }
        }
        return List.copyOf(first.values());
    }

    private static String week(LocalDate d) {
        return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
