package org.aldermail.geocode;

import java.util.Optional;

/**
 * A street's direction prefix. It says which half of Chicago's grid the street is in and which axis its
 * house numbers count along: N/S streets are numbered by distance north or south of Madison, E/W streets
 * by distance east or west of State, whatever way the street itself runs.
 */
public enum Direction {
    N("NORTH", 1, 1),
    S("SOUTH", 1, -1),
    E("EAST", 0, 1),
    W("WEST", 0, -1);

    private final String word;
    private final int axis;
    private final int sign;

    Direction(String word, int axis, int sign) {
        this.word = word;
        this.axis = axis;
        this.sign = sign;
    }

    /** 0 when the numbers measure east–west (x), 1 when they measure north–south (y). */
    public int axis() {
        return axis;
    }

    /** +1 for north and east, −1 for south and west: grid values are signed like x and y. */
    public int sign() {
        return sign;
    }

    public String word() {
        return word;
    }

    /** "N", "NORTH", or the Spanish word ("NORTE", "SUR", "ESTE", "OESTE"); already upper case, without periods. */
    public static Optional<Direction> parse(String token) {
        for (Direction d : values()) {
            if (d.name().equals(token) || d.word.equals(token) || d.spanish().equals(token)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private String spanish() {
        return switch (this) {
            case N -> "NORTE";
            case S -> "SUR";
            case E -> "ESTE";
            case W -> "OESTE";
        };
    }
}
