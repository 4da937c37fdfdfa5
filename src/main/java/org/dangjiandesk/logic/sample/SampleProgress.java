package org.dangjiandesk.logic.sample;

/** Told after every saved batch how many of the current members are written; called on the working thread. */
@FunctionalInterface
public interface SampleProgress {
    void update(long done, long total);

    SampleProgress NONE = (done, total) -> { };
}
