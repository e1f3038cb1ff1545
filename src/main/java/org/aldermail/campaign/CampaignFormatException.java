package org.aldermail.campaign;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** A campaign folder that cannot be served, with every mistake found in it (file, line, what to fix). */
public class CampaignFormatException extends RuntimeException {

    private final Path folder;
    private final List<FormatError> errors;

    public CampaignFormatException(Path folder, List<FormatError> errors) {
        super(describe(folder, errors));
        this.folder = folder;
        this.errors = List.copyOf(errors);
    }

    public Path folder() {
        return folder;
    }

    public List<FormatError> errors() {
        return errors;
    }

    private static String describe(Path folder, List<FormatError> errors) {
        String heading = errors.size() == 1
                ? "Campaign " + folder + " has an error:"
                : "Campaign " + folder + " has " + errors.size() + " errors:";
        return errors.stream().map(error -> "  " + error).collect(Collectors.joining("\n", heading + "\n", ""));
    }
}
