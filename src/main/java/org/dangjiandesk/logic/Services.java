package org.dangjiandesk.logic;

import java.time.Clock;
import org.dangjiandesk.logic.backup.BackupService;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.logic.org.OrgService;
import org.dangjiandesk.logic.roster.CodeLists;
import org.dangjiandesk.logic.roster.RosterService;
import org.dangjiandesk.logic.sample.SampleStreetGenerator;
import org.dangjiandesk.logic.settings.SettingsService;
import org.dangjiandesk.logic.setup.SetupService;
import org.dangjiandesk.logic.shared.SharedDatabaseService;
import org.dangjiandesk.logic.summary.SummaryService;

/**
 * The services the GUI and the CLI work with, built once by the composition root ({@code app}) and handed down.
 * Neither {@code gui} nor {@code cli} constructs a service itself.
 */
public record Services(
        Clock clock,
        Messages messages,
        CodeLists codes,
        OrgService orgs,
        RosterService roster,
        SettingsService settings,
        SetupService setup,
        SampleStreetGenerator sample,
        SummaryService summary,
        ExcelServices excel,
        RatingServices rating,
        TrainingServices training,
        BrandServices brand,
        StatsServices stats,
        SecurityServices security,
        SharedDatabaseService sharedDatabase,
        BackupService backup) {
}
