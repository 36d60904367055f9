package dev.roster.scim.spi;

/** What the engine tunes to the storage it runs on. */
public interface StorageProfile {

    /**
     * Whether the storage runs inside this process (embedded H2), where every commit is written by the
     * committing thread, rather than on a database server that works on several transactions at once.
     */
    boolean embedded();
}
