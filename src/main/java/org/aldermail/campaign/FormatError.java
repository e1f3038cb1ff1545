package org.aldermail.campaign;

import java.nio.file.Path;

/**
 * One mistake in a campaign folder, located for the organizer who has to fix it.
 *
 * @param file the file, as configured (e.g. {@code data/campaigns/o2023-0004222/es.txt})
 * @param line the 1-based line, or 0 when the mistake is about the whole file (e.g. a missing file)
 */
public record FormatError(Path file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
