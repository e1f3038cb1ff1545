package org.aldermail.campaign;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects every mistake of one campaign folder, so an organizer sees them all at once rather than one per start. */
final class FormatErrors {

    private final List<FormatError> errors = new ArrayList<>();

    void add(Path file, int line, String message) {
        errors.add(new FormatError(file, line, message));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    int size() {
        return errors.size();
    }

    /** Throws when anything was collected. */
    void throwIfAny(Path folder) {
        if (!errors.isEmpty()) {
            throw new CampaignFormatException(folder, errors);
        }
    }
}
