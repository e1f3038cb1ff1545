package org.aldermail.geocode;

import java.util.List;
import java.util.Locale;
import org.aldermail.ward.LocalMetres;

/**
 * Where an address is estimated to be: a point on the street's centreline (local metres), the street's
 * direction there, the side of the street the house number is on, how the point was found (its
 * {@link Method}, whose measured error {@link ErrorModel} knows), and the streets crossing nearby with their
 * grid values: a house number is on its own side of a crossing whose value is known well enough (1234 W is
 * west of the 1200 W line whatever our interpolation says), which {@link AmbiguityRule} uses.
 *
 * @param ux        unit vector along the street, toward higher grid values (east or north)
 * @param sideX     unit vector from the centreline towards the address's side (parity)
 * @param crossings the streets crossing within {@value StreetLine#NEARBY} m, in order along the street
 */
public record Placement(
        double x,
        double y,
        double ux,
        double uy,
        double sideX,
        double sideY,
        Method method,
        Area area,
        List<Crossing> crossings) {

    /**
     * A street crossing the address's street near the estimate.
     *
     * @param along    metres along the street from the estimate (toward higher grid values positive)
     * @param street   the crossing street ("W DIVISION ST")
     * @param value    its grid value on the address's street (signed, east and north positive)
     * @param kind     how that value was found
     * @param agrees   whether the value agrees (within {@value StreetLine#AGREEMENT} numbers) with a straight line
     *                 between its two neighbours' values along the street: a value that breaks the street's spacing
     *                 is less trusted, whatever its kind
     */
    public record Crossing(double along, String street, double value, Kind kind, boolean agrees) {

        static final double ROUND_TOLERANCE = 3;

        /** How a crossing's grid value was found, most trusted first (see {@link GridModel}). */
        public enum Kind {
            /** A named grid line (Division St = 1200 N, 63rd St = 6300 S). */
            SEED,
            /** Streets end there by their numbers (a street numbered up to 199 N ends at the 200 N line: Lake St). */
            VOTED,
            /**
             * The median of its neighbours' estimates, which agree, and within {@value Crossing#ROUND_TOLERANCE} of a
             * multiple of 50: Chicago lays its streets on the sixteenth-mile lines (Hoyne Ave 2100 W, Troy St 3150 W).
             */
            ESTIMATED_ROUND,
            /** The median of its neighbours' estimates, which agree. */
            ESTIMATED,
            /** Interpolated along the streets through it. */
            INFERRED
        }
    }

    /** Where the City's geocoder puts address points: this far off the centreline, on the number's side. */
    public static final double SIDE_OFFSET = 12;

    public double lon() {
        return LocalMetres.lon(x + SIDE_OFFSET * sideX);
    }

    public double lat() {
        return LocalMetres.lat(y + SIDE_OFFSET * sideY);
    }

    /** Longitude of a point {@code along} metres along the street and {@code side} metres off it, on the address's side. */
    public double lonAt(double along, double side) {
        return LocalMetres.lon(x + along * ux + side * sideX);
    }

    public double latAt(double along, double side) {
        return LocalMetres.lat(y + along * uy + side * sideY);
    }

    /** An exact point (an address-points file), with no direction. */
    public static Placement exact(double lon, double lat, Method method) {
        return new Placement(
                LocalMetres.x(lon),
                LocalMetres.y(lat),
                1,
                0,
                0,
                0,
                method,
                Area.of(LocalMetres.x(lon), LocalMetres.y(lat)),
                List.of());
    }

    /** The API's {@code precision}: how the point was found, in one word. */
    public String precision() {
        return switch (method) {
            case ADDRESS_POINT -> "address_point";
            case EXTRAPOLATED -> "extrapolated";
            case CENSUS -> "census";
            case PLACE -> "place";
            default -> "interpolated";
        };
    }

    /** How a point was placed; each has its own measured error (see docs/geocoding.md). */
    public enum Method {
        /** Between two crossings with known grid values, on a stretch that follows the grid. */
        GRID,
        /** Between two crossings with known grid values, on a diagonal street (Milwaukee, Archer). */
        DIAGONAL,
        /** At least one of the two crossings has a value inferred from its neighbours, not a grid line. */
        INFERRED,
        /** Beyond the street's last known crossing. */
        EXTRAPOLATED,
        /** From an operator's address-points file. */
        ADDRESS_POINT,
        /** From the online second opinion (the US Census Bureau geocoder). */
        CENSUS,
        /** A named place from the gazetteer (O'Hare, Navy Pier, a campus). */
        PLACE;

        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Where numbers follow the grid, and where they do not: the central area (the Loop, River North,
     * Streeterville, the Gold Coast, the South Loop: between Roosevelt Rd and North Ave, east of Halsted St)
     * has half blocks, superblocks and towers numbered off the grid, so its errors are measured apart.
     */
    public enum Area {
        CENTRAL,
        ELSEWHERE;

        private static final double HALSTED_X = LocalMetres.x(-87.6485);
        private static final double ROOSEVELT_Y = LocalMetres.y(41.8671);
        private static final double NORTH_AVE_Y = LocalMetres.y(41.9110);

        static Area of(double x, double y) {
            return x >= HALSTED_X && y >= ROOSEVELT_Y && y <= NORTH_AVE_Y ? CENTRAL : ELSEWHERE;
        }

        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
