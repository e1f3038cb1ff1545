package org.aldermail.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts in classes on a sequential, colour-blind-safe scale: five steps of viridis (light yellow to dark purple,
 * distinguishable with every common colour-vision deficiency and in grey) and a light grey for none. Each class has a
 * label colour that keeps the ward numbers legible on it (WCAG contrast of at least 4.5:1).
 */
public final class ColourScale {

    public static final String NONE = "#f0f0f0";
    static final List<String> STEPS = List.of("#fde725", "#5ec962", "#21918c", "#3b528b", "#440154");
    private static final List<String> LABELS = List.of("#1a1a1a", "#1a1a1a", "#000000", "#ffffff", "#ffffff");

    /** One class: counts from {@code from} to {@code to}, both included. */
    public record Band(long from, long to, String colour, String labelColour) {}

    private final long step;

    private ColourScale(long step) {
        this.step = step;
    }

    /** Five equal classes from 1 up to at least {@code max}, each as wide as a whole number of counts. */
    public static ColourScale upTo(long max) {
        return new ColourScale(Math.max(1, (max + STEPS.size() - 1) / STEPS.size()));
    }

    public Band band(long count) {
        if (count <= 0) {
            return new Band(0, 0, NONE, LABELS.get(0));
        }
        int index = (int) Math.min(STEPS.size() - 1, (count - 1) / step);
        return new Band(index * step + 1, (index + 1) * step, STEPS.get(index), LABELS.get(index));
    }

    /** Every class, "none" first, for the legend. */
    public List<Band> bands() {
        List<Band> bands = new ArrayList<>();
        bands.add(band(0));
        for (int i = 0; i < STEPS.size(); i++) {
            bands.add(band(i * step + 1));
        }
        return bands;
    }
}
