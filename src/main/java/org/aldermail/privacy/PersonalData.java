package org.aldermail.privacy;

/**
 * A feature that keeps personal data about residents erases it when the retention job asks. Implementations live in
 * the feature that owns the rows (entities never leave their feature) and must be safe when several instances erase
 * at once: a conditional UPDATE or DELETE, no state in memory.
 */
public interface PersonalData {

    /** Erases what is past its retention; returns how many rows it changed or removed. */
    int erase(Erasure erasure);
}
