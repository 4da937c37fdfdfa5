package org.dangjiandesk.logic;

import org.dangjiandesk.logic.excel.roster.NameListService;
import org.dangjiandesk.logic.excel.roster.RosterExportService;
import org.dangjiandesk.logic.excel.roster.RosterImportService;
import org.dangjiandesk.logic.excel.roster.RosterTemplate;

/** Roster import, export, the standard name lists and the import template. */
public record ExcelServices(RosterImportService rosterImport, RosterExportService rosterExport,
                            NameListService nameLists, RosterTemplate rosterTemplate) {
}
