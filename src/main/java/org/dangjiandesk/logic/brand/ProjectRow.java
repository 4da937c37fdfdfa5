package org.dangjiandesk.logic.brand;

import org.dangjiandesk.model.BrandProject;
import org.dangjiandesk.model.Indicators;

/** A project as the board and the summary table show it: with names resolved and its actual indicators. */
public record ProjectRow(BrandProject project, String orgName, String communityName, String leaderName,
                         Indicators actual) {
}
