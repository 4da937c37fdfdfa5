package org.dangjiandesk.logic.excel.read;

import java.util.Locale;

/** Sorts the many ways POI reports a bad file into the few reasons a clerk can act on. */
final class Failures {
    private Failures() {
    }

    static TableReadException classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TableReadException tre) {
                return tre;
            }
            String msg = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (msg.contains("zip bomb") || msg.contains("max entry size") || msg.contains("zip-bomb")) {
                return new TableReadException(TableReadException.Reason.TOO_LARGE, "zip bomb guard", e);
            }
            if (t instanceof org.apache.poi.EncryptedDocumentException || msg.contains("password")
                    || msg.contains("encrypt")) {
                return new TableReadException(TableReadException.Reason.ENCRYPTED, "encrypted", e);
            }
            if (t instanceof OutOfMemoryError) {
                return new TableReadException(TableReadException.Reason.TOO_LARGE, "too large", e);
            }
        }
        return new TableReadException(TableReadException.Reason.DAMAGED, e.getClass().getSimpleName(), e);
    }
}
