package org.dangjiandesk.logic;

/** Services on an open database; closing it closes the database. */
public interface ServicesSession extends AutoCloseable {
    Services services();

    @Override
    void close();
}
