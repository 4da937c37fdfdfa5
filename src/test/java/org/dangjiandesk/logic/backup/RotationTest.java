package org.dangjiandesk.logic.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RotationTest {

    private static BackupInfo at(LocalDateTime t, BackupKind kind) {
        return new BackupInfo(Path.of(t + "-" + kind.token() + ".djbak"), t, kind, 1, true, Map.of());
    }

    @Test
    void twoYearsOfDailyAndExitBackups_leaveSevenDaysFourWeeksAndTwelveMonths() {
        List<BackupInfo> all = new ArrayList<>();
        LocalDate last = LocalDate.of(2026, 11, 22);
        for (LocalDate d = last.minusYears(2); !d.isAfter(last); d = d.plusDays(1)) {
            all.add(at(d.atTime(8, 30), BackupKind.DAILY));
            all.add(at(d.atTime(17, 45), BackupKind.EXIT));
        }
        List<BackupInfo> removed = Rotation.DEFAULT.toRemove(all);
        List<BackupInfo> kept = all.stream().filter(b -> !removed.contains(b)).toList();

        // each of the last 7 days keeps its newest (the exit backup)
        for (int i = 0; i < 7; i++) {
            assertThat(kept).contains(at(last.minusDays(i).atTime(17, 45), BackupKind.EXIT));
        }
        // the newest of each of the last 12 months is kept, e.g. 31 Dec 2025 and 30 Nov 2025 ...
        assertThat(kept).contains(at(LocalDate.of(2025, 12, 31).atTime(17, 45), BackupKind.EXIT));
        assertThat(kept).contains(at(LocalDate.of(2026, 1, 31).atTime(17, 45), BackupKind.EXIT));
        // ... but not a month before that
        assertThat(kept).noneMatch(b -> b.created().isBefore(LocalDate.of(2025, 12, 1).atStartOfDay()));
        // 7 days + at most 4 weeks + at most 12 months, overlapping
        assertThat(kept.size()).isBetween(7 + 12 - 2, 7 + 4 + 12);
        assertThat(kept).noneMatch(b -> b.kind() == BackupKind.DAILY && b.created().toLocalDate().isAfter(last.minusDays(7)));
    }

    @Test
    void manualAndBeforeRestoreBackups_areNeverRemoved() {
        List<BackupInfo> all = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            all.add(at(LocalDateTime.of(2025, 1, 1, 9, 0).plusDays(i), i % 2 == 0 ? BackupKind.MANUAL
                    : BackupKind.BEFORE_RESTORE));
        }
        assertThat(Rotation.DEFAULT.toRemove(all)).isEmpty();
    }

    @Test
    void fewBackups_areAllKept() {
        List<BackupInfo> all = List.of(at(LocalDateTime.of(2026, 11, 20, 9, 0), BackupKind.DAILY),
                at(LocalDateTime.of(2026, 11, 21, 9, 0), BackupKind.DAILY),
                at(LocalDateTime.of(2026, 11, 22, 9, 0), BackupKind.EXIT));
        assertThat(Rotation.DEFAULT.toRemove(all)).isEmpty();
    }
}
