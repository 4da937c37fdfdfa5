package org.dangjiandesk.logic;

import org.dangjiandesk.logic.training.TrainingService;

import org.dangjiandesk.logic.excel.training.SignInImportService;
import org.dangjiandesk.logic.excel.training.TrainingSheets;

/** Training records: sessions, attendance and hours; sign-in sheet import; the sign-in sheet and report workbooks. */
public record TrainingServices(TrainingService sessions, SignInImportService signIn, TrainingSheets sheets) {
}
