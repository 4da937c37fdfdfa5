package org.dangjiandesk.logic.excel.training;

import java.util.List;
import org.dangjiandesk.model.RosterEntry;

/** What a sign-in sheet matched: members found (each once) and lines left for the clerk. */
public record SignInMatch(List<RosterEntry> matched, List<SignInProblem> problems, int linesRead) {
}
