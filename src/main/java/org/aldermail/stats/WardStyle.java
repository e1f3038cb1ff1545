package org.aldermail.stats;

/**
 * How one ward is drawn on the {@link WardMap}: the colour of its area, the colour of its number (chosen for contrast
 * with the area) and the text a pointer over it shows.
 */
public record WardStyle(String fill, String labelColour, String tooltip) {}
