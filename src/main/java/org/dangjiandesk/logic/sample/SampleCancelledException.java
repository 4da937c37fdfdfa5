package org.dangjiandesk.logic.sample;

import java.util.concurrent.CancellationException;

/** The user cancelled the sample run; nothing was written (the transaction was rolled back). */
public class SampleCancelledException extends CancellationException {
    private static final long serialVersionUID = 1L;

    public SampleCancelledException() {
        super("sample data generation cancelled");
    }
}
